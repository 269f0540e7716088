import { useState } from 'react';
import { FormField } from '../../ui/form-field.js';

interface ListFieldProps {
  id: string;
  label: string;
  values: readonly string[];
  onChange: (values: string[]) => void;
  error?: string | undefined;
  hint?: string | undefined;
  /** One value per line (a textarea), or comma-separated on one line. */
  separator: 'line' | 'comma';
  placeholder?: string;
}

function parse(text: string, separator: 'line' | 'comma'): string[] {
  return text
    .split(separator === 'line' ? '\n' : ',')
    .map((value) => value.trim())
    .filter((value) => value !== '');
}

const same = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((value, index) => value === b[index]);

/**
 * A list of strings edited as text. The text is kept as typed (a trailing comma or blank line
 * is not swept away mid-typing) and rewritten only when the list changes from elsewhere, such
 * as the raw view or a template.
 */
export function useListText(
  values: readonly string[],
  separator: 'line' | 'comma',
  onChange: (values: string[]) => void,
): [string, (text: string) => void] {
  const join = (list: readonly string[]): string => list.join(separator === 'line' ? '\n' : ', ');
  const [text, setText] = useState(() => join(values));
  const [seen, setSeen] = useState(values);
  if (seen !== values) {
    setSeen(values);
    if (!same(parse(text, separator), values)) setText(join(values));
  }
  const edit = (next: string): void => {
    setText(next);
    const list = parse(next, separator);
    if (!same(list, values)) onChange(list);
  };
  return [text, edit];
}

/** A labelled list field: a textarea (one per line) or a comma-separated input. */
export function ListField({
  id,
  label,
  values,
  onChange,
  error,
  hint,
  separator,
  placeholder,
}: ListFieldProps) {
  const [text, edit] = useListText(values, separator, onChange);
  return (
    <FormField id={id} label={label} error={error} hint={hint}>
      {(control) =>
        separator === 'line' ? (
          <textarea
            {...control}
            rows={Math.min(Math.max(values.length + 1, 2), 8)}
            value={text}
            placeholder={placeholder}
            spellCheck={false}
            onChange={(event) => edit(event.target.value)}
          />
        ) : (
          <input
            {...control}
            value={text}
            placeholder={placeholder}
            spellCheck={false}
            onChange={(event) => edit(event.target.value)}
          />
        )
      }
    </FormField>
  );
}
