import { useId } from 'react';
import { useListText } from '../list-field.js';

interface ConditionValuesProps {
  label: string;
  values: readonly string[];
  error: string | undefined;
  onChange: (values: string[]) => void;
}

/** A condition's values, comma-separated in one table cell. */
export function ConditionValues({ label, values, error, onChange }: ConditionValuesProps) {
  const errorId = useId();
  const [text, edit] = useListText(values, 'comma', onChange);
  return (
    <>
      <input
        aria-label={label}
        aria-invalid={error !== undefined}
        aria-describedby={error === undefined ? undefined : errorId}
        value={text}
        spellCheck={false}
        onChange={(event) => edit(event.target.value)}
      />
      {error !== undefined && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </>
  );
}
