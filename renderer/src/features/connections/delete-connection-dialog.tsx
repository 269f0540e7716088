import type { ProfileSummary } from '../../../../shared/domain/profile.js';
import { errorMessage } from '../../contract/contract-error.js';
import { ModalDialog } from '../../ui/modal-dialog.js';
import { connectionMessages as m } from './messages.js';
import { useDeleteConnection } from './use-connection-mutations.js';
import { DialogActions } from '../../ui/dialog-actions.js';

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
      <DialogActions
        cancelLabel={m.cancel}
        onCancel={onClose}
        submitLabel={m.deleteConfirm}
        tone="danger"
        busy={remove.isPending}
        onSubmit={() =>
          remove.mutate(profile, {
            onSuccess: () => {
              onDeleted(profile.id);
              onClose();
            },
          })
        }
      />
    </ModalDialog>
  );
}
