import { useId } from 'react';
import type { Tag } from '../../../../shared/domain/tags.js';
import { TAG_KEY_MAX, TAG_VALUE_MAX } from '../../../../shared/domain/tags.js';
import { tagMessages as m } from './messages.js';
import '../../ui/key-value-rows.css';

interface TagRowsProps {
  legend: string;
  tags: readonly Tag[];
  onChange: (tags: Tag[]) => void;
  max: number;
  /** Field messages keyed by dotted path: `<base>.<index>.key`, and `<base>` for the set. */
  errors: Readonly<Record<string, string>>;
  /** Where the tag list sits in the errors' paths ('' when the model is the list itself). */
  base: string;
}

const join = (...parts: (string | number)[]): string =>
  parts.filter((part) => part !== '').join('.');

/** A tag set as key/value rows, each problem under its row as you type. */
export function TagRows({ legend, tags, onChange, max, errors, base }: TagRowsProps) {
  const baseId = useId();
  const update = (index: number, change: Partial<Tag>) =>
    onChange(tags.map((tag, i) => (i === index ? { ...tag, ...change } : tag)));
  const setError = errors[base];

  return (
    <fieldset className="kv-rows" data-testid="tag-rows">
      <legend className="kv-rows-legend">{legend}</legend>
      <p className="field-hint">{m.limits(TAG_KEY_MAX, TAG_VALUE_MAX)}</p>
      {tags.length === 0 ? (
        <p className="muted">{m.none}</p>
      ) : (
        <div className="kv-row-head" aria-hidden="true">
          <span>{m.key}</span>
          <span>{m.value}</span>
        </div>
      )}
      {tags.map((tag, index) => {
        const keyError = errors[join(base, index, 'key')];
        const valueError = errors[join(base, index, 'value')];
        const errorId = `${baseId}-${index}-error`;
        return (
          // Tags have no identity but their place in the list, as the user sees it.
          <div key={index} className="kv-row" data-testid="tag-row">
            <input
              aria-label={m.keyOf(index + 1)}
              value={tag.key}
              onChange={(event) => update(index, { key: event.target.value })}
              aria-invalid={keyError !== undefined}
              aria-describedby={keyError === undefined ? undefined : errorId}
              spellCheck={false}
              autoComplete="off"
            />
            <input
              aria-label={m.valueOf(index + 1)}
              value={tag.value}
              onChange={(event) => update(index, { value: event.target.value })}
              aria-invalid={valueError !== undefined}
              aria-describedby={valueError === undefined ? undefined : errorId}
              spellCheck={false}
              autoComplete="off"
            />
            <button
              type="button"
              className="icon-button"
              aria-label={m.remove(tag.key)}
              onClick={() => onChange(tags.filter((_, i) => i !== index))}
            >
              ✕
            </button>
            {(keyError !== undefined || valueError !== undefined) && (
              <p id={errorId} className="field-error kv-row-error">
                {[
                  keyError === undefined ? undefined : `${m.key}: ${keyError}`,
                  valueError === undefined ? undefined : `${m.value}: ${valueError}`,
                ]
                  .filter((text) => text !== undefined)
                  .join(' · ')}
              </p>
            )}
          </div>
        );
      })}
      <div className="kv-rows-foot">
        <button
          type="button"
          className="button button-small"
          onClick={() => onChange([...tags, { key: '', value: '' }])}
        >
          {m.add}
        </button>
        <span className="field-hint">{m.count(tags.length, max)}</span>
      </div>
      {setError !== undefined && (
        <p className="field-error" role="alert">
          {setError}
        </p>
      )}
    </fieldset>
  );
}
