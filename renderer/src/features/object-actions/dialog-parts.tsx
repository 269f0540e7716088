import type { FocusEvent } from 'react';
import type { ControlProps } from '../../ui/form-field.js';
import { actionMessages as m } from './messages.js';

interface TextInputProps {
  control: ControlProps;
  value: string;
  disabled: boolean;
  onChange: (value: string) => void;
  onFocus?: (event: FocusEvent<HTMLInputElement>) => void;
}

/** A key or folder name: typed exactly, never corrected or remembered by the browser. */
export function KeyInput({ control, value, disabled, onChange, onFocus }: TextInputProps) {
  return (
    <input
      {...control}
      type="text"
      autoComplete="off"
      spellCheck={false}
      value={value}
      disabled={disabled}
      onFocus={onFocus}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}

interface DialogButtonsProps {
  /** "Cancel" before the job starts, "Close" once it runs or ran (closing does not stop it). */
  started: boolean;
  onClose: () => void;
  /** The job's button, left out once the job finished with failures to read. */
  submit: {
    label: string;
    busyLabel: string;
    busy: boolean;
    disabled?: boolean;
    danger?: boolean;
  } | null;
  /** Offered while the job runs: it stops after the items in flight. */
  stop?: { stopping: boolean; onStop: () => void } | undefined;
}

/** Cancel first, so it, not the action, is nearest at hand; then the action. */
export function DialogButtons({ started, onClose, submit, stop }: DialogButtonsProps) {
  return (
    <div className="dialog-actions">
      <span className="spacer" />
      {stop !== undefined && submit?.busy === true && (
        <button
          type="button"
          className="button"
          disabled={stop.stopping}
          aria-busy={stop.stopping}
          onClick={stop.onStop}
        >
          {stop.stopping ? m.stopping : m.stop}
        </button>
      )}
      <button type="button" className="button" onClick={onClose}>
        {started ? m.close : m.cancel}
      </button>
      {submit !== null && (
        <button
          type="submit"
          className={submit.danger === true ? 'button button-danger' : 'button button-primary'}
          disabled={submit.busy || submit.disabled === true}
          aria-busy={submit.busy}
        >
          {submit.busy ? submit.busyLabel : submit.label}
        </button>
      )}
    </div>
  );
}
