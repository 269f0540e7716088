import { useId } from 'react';
import { versionMessages as m } from './messages.js';

/**
 * A datetime-local value ("2026-03-01T12:30" or with seconds) read in the person's own time
 * zone, as an ISO instant; null when it is not a whole date and time.
 */
export function localInputToInstant(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?$/.test(value)) return null;
  const ms = new Date(value).getTime();
  return Number.isFinite(ms) ? new Date(ms).toISOString() : null;
}

/** Now, as a datetime-local value in the person's own time zone, to seconds. */
export function nowAsLocalInput(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return (
    `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}` +
    `T${pad(now.getHours())}:${pad(now.getMinutes())}:${pad(now.getSeconds())}`
  );
}

/** All versions, or the folder as it was at a date and time (null: all versions). */
export function AsOfPicker({
  value,
  onChange,
}: {
  value: string | null;
  onChange: (value: string | null) => void;
}) {
  const timeId = useId();
  const hintId = useId();
  return (
    <fieldset className="vr-view">
      <legend className="visually-hidden">{m.viewLabel}</legend>
      <label>
        <input
          type="radio"
          name={`${timeId}-view`}
          checked={value === null}
          onChange={() => onChange(null)}
        />{' '}
        {m.allVersions}
      </label>
      <label>
        <input
          type="radio"
          name={`${timeId}-view`}
          checked={value !== null}
          onChange={() => onChange(nowAsLocalInput())}
        />{' '}
        {m.asOf}
      </label>
      {value !== null && (
        <>
          <label htmlFor={timeId} className="visually-hidden">
            {m.asOfTime}
          </label>
          <input
            id={timeId}
            type="datetime-local"
            step={1}
            className="vr-time"
            value={value}
            aria-describedby={hintId}
            onChange={(event) => onChange(event.target.value)}
          />
          <span id={hintId} className="vr-muted vr-hint">
            {m.asOfHint}
          </span>
        </>
      )}
    </fieldset>
  );
}
