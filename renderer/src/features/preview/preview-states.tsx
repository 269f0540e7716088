import { previewMessages as m } from './messages.js';

export function PreviewLoading() {
  return (
    <p className="pv-state" role="status" aria-live="polite">
      {m.loading}
    </p>
  );
}

export function NoPreview() {
  return (
    <div className="pv-state" data-testid="preview-none">
      <p className="pv-state-title">{m.noPreview}</p>
      <p>{m.noPreviewHint}</p>
    </div>
  );
}

interface ProblemProps {
  message: string;
  detail?: string | undefined;
  onRetry?: (() => void) | undefined;
}

export function PreviewProblem({ message, detail, onRetry }: ProblemProps) {
  return (
    <div className="pv-state" role="alert">
      <p className="pv-state-title">{message}</p>
      {detail !== undefined && <p>{detail}</p>}
      {onRetry !== undefined && (
        <button type="button" className="button" onClick={onRetry}>
          {m.retry}
        </button>
      )}
    </div>
  );
}
