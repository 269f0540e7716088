interface CheckFieldProps {
  id: string;
  /** A checkbox, or one radio of a group named `name`. */
  type?: 'checkbox' | 'radio';
  name?: string | undefined;
  label: string;
  /** What ticking it does, announced with the control. */
  hint: string;
  checked: boolean;
  disabled?: boolean | undefined;
  onChange: (checked: boolean) => void;
}

/** A checkbox or radio with its label and an explanation under it (`.check-field`). */
export function CheckField({ id, type = 'checkbox', label, hint, ...props }: CheckFieldProps) {
  return (
    <div className="check-field">
      <input
        id={id}
        type={type}
        name={props.name}
        checked={props.checked}
        disabled={props.disabled}
        aria-describedby={`${id}-hint`}
        onChange={(event) => props.onChange(event.target.checked)}
      />
      <div>
        <label htmlFor={id}>{label}</label>
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      </div>
    </div>
  );
}
