import { useId } from 'react';
import { nowAsLocalInput } from './as-of-time.js';
import { versionMessages as m } from './messages.js';

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
