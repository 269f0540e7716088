import { messages } from './messages.js';

interface FormActionsProps {
  onCancel: () => void;
  pending: boolean;
  submit: string;
  submitting: string;
}

/** Cancel and the submit button at the foot of the transfers dialogs' forms. */
export function FormActions({ onCancel, pending, submit, submitting }: FormActionsProps) {
  return (
    <div className="dialog-actions">
      <span className="spacer" />
      <button type="button" className="button" onClick={onCancel}>
        {messages.close}
      </button>
      <button
        type="submit"
        className="button button-primary"
        disabled={pending}
        aria-busy={pending}
      >
        {pending ? submitting : submit}
      </button>
    </div>
  );
}
