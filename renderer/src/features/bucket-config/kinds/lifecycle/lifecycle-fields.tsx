import { isMidnightUtc, midnightUtcOf } from '../../../../../../shared/domain/config/lifecycle.js';
import { FormField } from '../../../../ui/form-field.js';

interface DateFieldProps {
  id: string;
  label: string;
  /** ISO 8601 at midnight UTC, as S3 holds it. */
  value: string | undefined;
  onChange: (value: string | undefined) => void;
  error?: string | undefined;
}

/** A calendar day; the model holds it as S3 does, at midnight UTC. */
export function DateField({ id, label, value, onChange, error }: DateFieldProps) {
  const day = value !== undefined && isMidnightUtc(value) ? value.slice(0, 10) : '';
  return (
    <FormField id={id} label={label} error={error}>
      {(control) => (
        <input
          {...control}
          type="date"
          value={day}
          onChange={(event) =>
            onChange(event.target.value === '' ? undefined : midnightUtcOf(event.target.value))
          }
        />
      )}
    </FormField>
  );
}

interface StorageClassFieldProps {
  id: string;
  label: string;
  hint: string;
  value: string;
  offered: readonly string[];
  onChange: (value: string) => void;
  error?: string | undefined;
}

/** The provider's classes to pick from, or any name its server defines (RGW placement). */
export function StorageClassField({
  id,
  label,
  hint,
  value,
  offered,
  onChange,
  error,
}: StorageClassFieldProps) {
  const listId = `${id}-classes`;
  return (
    <FormField id={id} label={label} hint={hint} error={error}>
      {(control) => (
        <>
          <input
            {...control}
            list={listId}
            value={value}
            spellCheck={false}
            autoCapitalize="characters"
            onChange={(event) => onChange(event.target.value.trim().toUpperCase())}
          />
          <datalist id={listId}>
            {offered.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
        </>
      )}
    </FormField>
  );
}
