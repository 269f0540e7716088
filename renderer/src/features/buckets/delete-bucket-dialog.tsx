import { useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { ContractError, errorMessage } from '../../contract/contract-error.js';
import { ModalDialog } from '../../ui/modal-dialog.js';
import { CheckField } from '../../ui/check-field.js';
import { bucketMessages as m } from './messages.js';
import { StopSwitch } from '../object-actions/run-report.js';
import { useDeleteBucket } from './use-bucket-mutations.js';
import './buckets.css';
import { DialogActions } from '../../ui/dialog-actions.js';

interface DeleteBucketDialogProps {
  profileId: string;
  bucket: string;
  onClose: () => void;
  onDeleted: (bucket: string) => void;
}

/** Without "Empty it first", BucketNotEmpty means just that; with it, the keys the server kept. */
function failureText(err: unknown, emptyFirst: boolean): string {
  return err instanceof ContractError && err.code === 'BucketNotEmpty' && !emptyFirst
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
  const [removed, setRemoved] = useState<number | null>(null);
  // One per attempt: a Stop ends that emptying only; the next Delete starts a fresh one.
  const stop = useRef<StopSwitch | null>(null);
  const [stopping, setStopping] = useState(false);
  const confirmed = typed === bucket;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!confirmed || remove.isPending) return;
    setRemoved(null);
    const attempt = new StopSwitch();
    stop.current = attempt;
    setStopping(false);
    remove.mutate(
      {
        profileId,
        bucket,
        emptyFirst,
        stop: attempt,
        onSnapshot: (task) => setRemoved(task.itemsDone),
      },
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
            <span>{removed === null ? m.deleting : m.deleteProgress(removed)}</span>
          </div>
        )}
        {remove.isError && (
          <p className="message message-error" role="alert">
            {failureText(remove.error, emptyFirst)}
          </p>
        )}
        <DialogActions
          cancelLabel={m.cancel}
          onCancel={onClose}
          submitLabel={m.deleteConfirm}
          tone="danger"
          disabled={!confirmed}
          busy={remove.isPending}
        >
          {remove.isPending && emptyFirst && (
            <button
              type="button"
              className="button"
              disabled={stopping}
              onClick={() => {
                stop.current?.stop();
                setStopping(true);
              }}
            >
              {m.stopEmptying}
            </button>
          )}
        </DialogActions>
      </form>
    </ModalDialog>
  );
}
