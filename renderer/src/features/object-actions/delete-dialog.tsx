import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { ObjectActionTarget } from '../../app/object-actions.js';
import { useContract } from '../../contract/contract-context.js';
import { errorMessage } from '../../contract/contract-error.js';
import { ModalDialog } from '../../ui/modal-dialog.js';
import { bucketLockQuery } from '../object-lock/lock-queries.js';
import { DialogButtons } from './dialog-parts.js';
import { actionMessages as m } from './messages.js';
import { baseName } from './names.js';
import { runDelete } from './run-delete.js';
import type { RunProgress } from './run-report.js';
import { StopSwitch, removedBy } from './run-report.js';
import { NO_SELECTION } from '../objects/selection.js';
import type { ObjectSelection } from '../objects/selection.js';
import { FailureList, ProgressLine, StopReport } from './run-status.js';

const NAMES_SHOWN = 8;

interface DeleteDialogProps {
  /** What to delete, taken when the dialog opened. */
  target: ObjectActionTarget;
  onClose: () => void;
  /** Something was deleted (all of it, or part): what surely went. */
  onChanged: (removed: ObjectSelection) => void;
}

/**
 * There is no undo: the dialog says how many objects and folders go, names them, warns that a
 * folder goes with everything under it, and puts Cancel first, where focus starts.
 */
export function DeleteDialog({ target, onClose, onChanged }: DeleteDialogProps) {
  const client = useContract();
  const [progress, setProgress] = useState<(RunProgress & { deleted: number }) | null>(null);
  const [stopSwitch] = useState(() => new StopSwitch());
  const [stopping, setStopping] = useState(false);
  const { keys, prefixes } = target.selection;
  const names = [...prefixes, ...keys].map(baseName);
  // With object lock a delete only hides objects behind delete markers: say so, not "no undo".
  const bucketLock = useQuery(bucketLockQuery(client, target.profileId, target.bucket));
  const undoNote = bucketLock.data?.state === 'set' ? m.lockedBucketNote : m.noUndo;

  const remove = useMutation({
    mutationFn: () =>
      runDelete(
        client,
        {
          profileId: target.profileId,
          bucket: target.bucket,
          selection: target.selection,
          stop: stopSwitch,
        },
        setProgress,
      ),
    onSettled: (report) => {
      onChanged(report === undefined ? NO_SELECTION : removedBy(target.selection, report));
      if (report !== undefined && report.failures.length === 0 && !report.stopped) onClose();
    },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (remove.isPending || remove.data !== undefined) return;
    remove.mutate();
  };

  const locked = remove.isPending || remove.data !== undefined;
  return (
    <ModalDialog title={m.deleteTitle(keys.length, prefixes.length)} onClose={onClose}>
      <form className="oa-form" noValidate onSubmit={onSubmit}>
        <ul className="oa-names" aria-label={m.deleteTitle(keys.length, prefixes.length)}>
          {names.slice(0, NAMES_SHOWN).map((name, i) => (
            <li key={`${i}:${name}`}>{name}</li>
          ))}
          {names.length > NAMES_SHOWN && <li>{m.andMore(names.length - NAMES_SHOWN)}</li>}
        </ul>
        <p className="oa-warning">
          {m.sentences(prefixes.length > 0 ? [m.deleteFolderNote, undoNote] : [undoNote])}
        </p>
        {remove.isPending && progress !== null && (
          <ProgressLine progress={progress} detail={m.deletedSoFar(progress.deleted)} />
        )}
        {remove.isError && (
          <p className="message message-error" role="alert">
            {errorMessage(remove.error)}
          </p>
        )}
        {remove.data !== undefined && (
          <>
            <StopReport report={remove.data} />
            <FailureList done={remove.data.done} failures={remove.data.failures} />
          </>
        )}
        <DialogButtons
          started={locked}
          onClose={onClose}
          stop={
            remove.isPending
              ? {
                  stopping,
                  onStop: () => {
                    setStopping(true);
                    stopSwitch.stop();
                  },
                }
              : undefined
          }
          submit={
            remove.data === undefined
              ? {
                  label: m.deleteButton,
                  busyLabel: m.deleting,
                  busy: remove.isPending,
                  danger: true,
                }
              : null
          }
        />
      </form>
    </ModalDialog>
  );
}
