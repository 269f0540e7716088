import { useEffect, useId, useRef, useState } from 'react';
import { shareMessages as m } from './messages.js';

interface CopyFieldProps {
  label: string;
  value: string;
  /** A multi-line text area (HTML, shell commands) instead of one line. */
  multiline?: boolean;
  testId?: string;
}

/** Read-only text with a Copy button that says "Copied" for a moment after it worked. */
export function CopyField({ label, value, multiline = false, testId }: CopyFieldProps) {
  const id = useId();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const copy = async () => {
    window.clearTimeout(timer.current);
    try {
      await navigator.clipboard.writeText(value);
      setState('copied');
      timer.current = window.setTimeout(() => setState('idle'), 2000);
    } catch {
      // Clipboard access can be refused (no focus, a policy): the text stays selectable.
      setState('failed');
    }
  };

  const shared = {
    id,
    value,
    readOnly: true,
    spellCheck: false,
    'data-testid': testId,
    onFocus: (event: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) =>
      event.currentTarget.select(),
  };
  return (
    <div className="field share-copy-field">
      <label htmlFor={id}>{label}</label>
      <div className="share-copy-row">
        {multiline ? (
          <textarea {...shared} rows={Math.min(12, value.split('\n').length)} />
        ) : (
          <input {...shared} />
        )}
        <button
          type="button"
          className="button"
          aria-label={m.copyWhat(label)}
          onClick={() => void copy()}
        >
          {m.copy}
        </button>
      </div>
      <p className={state === 'failed' ? 'field-error' : 'field-hint'} role="status">
        {state === 'copied' ? m.copied : state === 'failed' ? m.copyFailed : ''}
      </p>
    </div>
  );
}
