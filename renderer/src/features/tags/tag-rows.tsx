import { useId } from 'react';
import type { Tag } from '../../../../shared/domain/tags.js';
import { TAG_KEY_MAX, TAG_VALUE_MAX } from '../../../../shared/domain/tags.js';
import { tagMessages as m } from './messages.js';
import { KeyValueHead, KeyValueRow } from '../../ui/key-value-row.js';
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
      <KeyValueHead empty={m.none} name={m.key} value={m.value} count={tags.length} />
      {tags.map((tag, index) => {
        const keyError = errors[join(base, index, 'key')];
        const valueError = errors[join(base, index, 'value')];
        const problems = [
          keyError === undefined ? undefined : `${m.key}: ${keyError}`,
          valueError === undefined ? undefined : `${m.value}: ${valueError}`,
        ].filter((text) => text !== undefined);
        return (
          <KeyValueRow
            // Tags have no identity but their place in the list, as the user sees it.
            key={index}
            id={`${baseId}-${index}`}
            testId="tag-row"
            name={{
              label: m.keyOf(index + 1),
              value: tag.key,
              invalid: keyError !== undefined,
              onChange: (key) => update(index, { key }),
            }}
            value={{
              label: m.valueOf(index + 1),
              value: tag.value,
              invalid: valueError !== undefined,
              onChange: (value) => update(index, { value }),
            }}
            removeLabel={m.remove(tag.key)}
            onRemove={() => onChange(tags.filter((_, i) => i !== index))}
            message={problems.length === 0 ? undefined : problems.join(' · ')}
          />
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
