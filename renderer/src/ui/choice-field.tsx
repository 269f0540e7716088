import { FormField } from './form-field.js';

interface ChoiceFieldProps<T extends string> {
  id: string;
  label: string;
  hint?: string | undefined;
  value: T;
  choices: readonly T[];
  /** What each choice is called, in the current language. */
  labels: Readonly<Record<T, string>>;
  onChange: (value: T) => void;
}

/** One of a few named choices, as a labelled select for a settings form. */
export function ChoiceField<T extends string>(props: ChoiceFieldProps<T>) {
  const { choices, labels, onChange } = props;
  return (
    <FormField id={props.id} label={props.label} hint={props.hint}>
      {(control) => (
        <select
          {...control}
          value={props.value}
          onChange={(event) => {
            const picked = choices.find((choice) => choice === event.target.value);
            if (picked !== undefined) onChange(picked);
          }}
        >
          {choices.map((choice) => (
            <option key={choice} value={choice}>
              {labels[choice]}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
