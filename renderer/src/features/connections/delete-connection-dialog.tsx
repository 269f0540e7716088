import type { ProfileSummary } from '../../../../shared/domain/profile.js';
import { errorMessage } from '../../contract/contract-error.js';
import { ModalDialog } from '../../ui/modal-dialog.js';
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
    <ModalDialog title="Delete connection" onClose={onClose}>
      <p>
        Delete <strong>{profile.name}</strong>? Its saved keys are removed from this computer.
        Buckets and objects on the server are not touched.
      </p>
      {remove.isError && (
        <p className="message message-error" role="alert">
          {errorMessage(remove.error)}
        </p>
      )}
      <div className="dialog-actions">
        <span className="spacer" />
        {/* Cancel comes first so it, not the destructive action, takes the initial focus. */}
        <button type="button" className="button" onClick={onClose}>
          Cancel
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
          Delete
        </button>
      </div>
    </ModalDialog>
  );
}
