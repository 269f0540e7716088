import type { ReactNode } from 'react';

interface DialogActionsProps {
  /** Cancel or Close: first, so it and not the main action is nearest at hand. */
  cancelLabel: string;
  onCancel: () => void;
  /** The main action; without it the row holds Cancel alone. */
  submitLabel?: string | undefined;
  /** Danger for actions that destroy something. */
  tone?: 'primary' | 'danger';
  disabled?: boolean;
  /** The action is running: announced, and the button waits. */
  busy?: boolean;
  /** Without it the main button submits the dialog's form. */
  onSubmit?: (() => void) | undefined;
  /** Anything shown at the start of the row, e.g. a secondary action. */
  children?: ReactNode;
}

/** The row at the foot of a dialog: what else there is, then Cancel, then the main action. */
export function DialogActions({
  cancelLabel,
  onCancel,
  submitLabel,
  tone = 'primary',
  disabled = false,
  busy = false,
  onSubmit,
  children,
}: DialogActionsProps) {
  return (
    <div className="dialog-actions">
      {children}
      <span className="spacer" />
      <button type="button" className="button" onClick={onCancel}>
        {cancelLabel}
      </button>
      {submitLabel !== undefined && (
        <button
          type={onSubmit === undefined ? 'submit' : 'button'}
          className={`button button-${tone}`}
          disabled={disabled || busy}
          aria-busy={busy}
          onClick={onSubmit}
        >
          {submitLabel}
        </button>
      )}
    </div>
  );
}
