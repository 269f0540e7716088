import './key-value-rows.css';

interface KeyValueRowProps {
  /** Unique on the page: the row's message is referenced by it. */
  id: string;
  testId: string;
  name: { label: string; value: string; invalid: boolean; onChange: (value: string) => void };
  value: { label: string; value: string; invalid: boolean; onChange: (value: string) => void };
  removeLabel: string;
  onRemove: () => void;
  /** The row's problem, shown under it and announced with whichever field is invalid. */
  message: string | undefined;
}

/** One editable name/value pair (user metadata, a tag), with its Remove button and message. */
export function KeyValueRow({
  id,
  testId,
  name,
  value,
  removeLabel,
  onRemove,
  message,
}: KeyValueRowProps) {
  const errorId = `${id}-error`;
  const input = (field: KeyValueRowProps['name']) => (
    <input
      aria-label={field.label}
      value={field.value}
      onChange={(event) => field.onChange(event.target.value)}
      aria-invalid={field.invalid}
      aria-describedby={field.invalid && message !== undefined ? errorId : undefined}
      spellCheck={false}
      autoComplete="off"
    />
  );
  return (
    <div className="kv-row" data-testid={testId}>
      {input(name)}
      {input(value)}
      <button type="button" className="icon-button" aria-label={removeLabel} onClick={onRemove}>
        ✕
      </button>
      {message !== undefined && (
        <p id={errorId} className="field-error kv-row-error">
          {message}
        </p>
      )}
    </div>
  );
}

/** The column titles over the rows, or what to say when there are none. */
export function KeyValueHead({
  empty,
  name,
  value,
  count,
}: {
  empty: string;
  name: string;
  value: string;
  count: number;
}) {
  if (count === 0) return <p className="muted">{empty}</p>;
  return (
    <div className="kv-row-head" aria-hidden="true">
      <span>{name}</span>
      <span>{value}</span>
    </div>
  );
}
