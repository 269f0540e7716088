import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { ContractError, errorMessage } from '../../contract/contract-error.js';
import { ModalDialog } from '../../ui/modal-dialog.js';
import { CheckField } from '../../ui/check-field.js';
import { bucketMessages as m } from './messages.js';
import { newOperationId, useDeleteBucket, useDeleteProgress } from './use-bucket-mutations.js';
import './buckets.css';
import { DialogActions } from '../../ui/dialog-actions.js';

interface DeleteBucketDialogProps {
  profileId: string;
  bucket: string;
  onClose: () => void;
  onDeleted: (bucket: string) => void;
}

function failureText(err: unknown): string {
  return err instanceof ContractError && err.code === 'BucketNotEmpty'
    ? m.notEmpty
    : errorMessage(err);
}

/** Deleting is final, so the name must be typed exactly before the button wakes up. */
export function DeleteBucketDialog({
  profileId,
  bucket,
  onClose,
  onDeleted,
}: DeleteBucketDialogProps) {
  const idBase = useId();
  const [emptyFirst, setEmptyFirst] = useState(false);
  const [typed, setTyped] = useState('');
  const remove = useDeleteBucket();
  const { progress, track } = useDeleteProgress();
  const confirmed = typed === bucket;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!confirmed || remove.isPending) return;
    const operationId = newOperationId();
    track(operationId);
    remove.mutate(
      { profileId, bucket, emptyFirst, operationId },
      {
        onSuccess: () => {
          onDeleted(bucket);
          onClose();
        },
      },
    );
  };

  return (
    <ModalDialog title={m.deleteTitle} onClose={onClose}>
      <form className="bucket-form" noValidate onSubmit={onSubmit}>
        <p className="bucket-warning">{m.deleteWarning(bucket)}</p>
        <CheckField
          id={`${idBase}-empty`}
          label={m.emptyFirstLabel}
          hint={m.emptyFirstHint}
          checked={emptyFirst}
          disabled={remove.isPending}
          onChange={(checked) => {
            setEmptyFirst(checked);
            remove.reset();
          }}
        />
        <div className="field">
          <label htmlFor={`${idBase}-confirm`}>{m.confirmLabel(bucket)}</label>
          <input
            id={`${idBase}-confirm`}
            type="text"
            autoComplete="off"
            spellCheck={false}
            value={typed}
            disabled={remove.isPending}
            onChange={(event) => setTyped(event.target.value)}
          />
        </div>
        {remove.isPending && (
          <div className="delete-progress" role="status">
            <progress aria-label={m.deleting} />
            <span>
              {progress === null
                ? m.deleting
                : m.deleteProgress(progress.deletedObjects, progress.abortedUploads)}
            </span>
          </div>
        )}
        {remove.isError && (
          <p className="message message-error" role="alert">
            {failureText(remove.error)}
          </p>
        )}
        <DialogActions
          cancelLabel={m.cancel}
          onCancel={onClose}
          submitLabel={m.deleteConfirm}
          tone="danger"
          disabled={!confirmed}
          busy={remove.isPending}
        />
      </form>
    </ModalDialog>
  );
}
