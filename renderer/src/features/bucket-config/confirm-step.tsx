import type { ReactNode } from 'react';
import { ServerError } from './server-error.js';

interface ConfirmStepProps {
  children: ReactNode;
  /** What the server answered to the last attempt, if it failed. */
  error: unknown;
  pending: boolean;
  cancelLabel: string;
  confirmLabel: string;
  pendingLabel: string;
  danger?: boolean;
  onCancel: () => void;
  onConfirm: () => void;
}

/** A step that asks before sending (review before Apply, confirm before Delete). */
export function ConfirmStep({
  children,
  error,
  pending,
  cancelLabel,
  confirmLabel,
  pendingLabel,
  danger = false,
  onCancel,
  onConfirm,
}: ConfirmStepProps) {
  return (
    <>
      {children}
      {error !== null && error !== undefined && <ServerError error={error} />}
      <div className="config-actions">
        <button type="button" className="button" onClick={onCancel}>
          {cancelLabel}
        </button>
        <span className="spacer" />
        <button
          type="button"
          className={danger ? 'button button-danger' : 'button button-primary'}
          disabled={pending}
          onClick={onConfirm}
        >
          {pending ? pendingLabel : confirmLabel}
        </button>
      </div>
    </>
  );
}
