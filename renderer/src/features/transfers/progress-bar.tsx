interface ProgressBarProps {
  label: string;
  percent: number;
  /** Read out instead of the bare percentage ("3 MiB of 10 MiB"). */
  text?: string;
  tone?: 'normal' | 'paused' | 'failed' | 'done';
}

export function ProgressBar({ label, percent, text, tone = 'normal' }: ProgressBarProps) {
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-valuetext={text ?? `${percent}%`}
      className={`progress progress-${tone}`}
    >
      {/* The native bar draws itself; the wrapper carries the ARIA a screen reader needs. */}
      <progress className="progress-value" max={100} value={percent} aria-hidden="true" />
    </div>
  );
}
