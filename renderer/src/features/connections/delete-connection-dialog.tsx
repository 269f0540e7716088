import type { ProfileSummary } from '../../../../shared/domain/profile.js';
import { errorMessage } from '../../contract/contract-error.js';
import { ModalDialog } from '../../ui/modal-dialog.js';
import { connectionMessages as m } from './messages.js';
import { useDeleteConnection } from './use-connection-mutations.js';

interface DeleteConnectionDialogProps {
  profile: ProfileSummary;
  onClose: () => void;
  onDeleted: (id: string) => void;
}

export function DeleteConnectionDialog({
  profile,
  onClose,
  onDeleted,
}: DeleteConnectionDialogProps) {
  const remove = useDeleteConnection();
  return (
    <ModalDialog title={m.deleteTitle} onClose={onClose}>
      <p>{m.deleteBody(profile.name)}</p>
      {remove.isError && (
        <p className="message message-error" role="alert">
          {errorMessage(remove.error)}
        </p>
      )}
      <div className="dialog-actions">
        <span className="spacer" />
        {/* Cancel comes first so it, not the destructive action, takes the initial focus. */}
        <button type="button" className="button" onClick={onClose}>
          {m.cancel}
        </button>
        <button
          type="button"
          className="button button-danger"
          disabled={remove.isPending}
          aria-busy={remove.isPending}
          onClick={() =>
            remove.mutate(profile, {
              onSuccess: () => {
                onDeleted(profile.id);
                onClose();
              },
            })
          }
        >
          {m.deleteConfirm}
        </button>
      </div>
    </ModalDialog>
  );
}
