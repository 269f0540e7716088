import { useId } from 'react';
import { errorMessage } from '../../contract/contract-error.js';
import { formatCount } from '../../lib/format-count.js';
import { ModalDialog } from '../../ui/modal-dialog.js';
import { useTaskControl, useTasks } from '../tasks/use-tasks.js';
import { folderSizeMessages as m } from './messages.js';
import type { SizePlace } from './size-place.js';
import { SizeResult } from './size-result.js';
import { useRememberedSize } from './use-folder-size.js';

function titleOf({ bucket, prefix, selection }: SizePlace): string {
  if (selection !== undefined) return m.title(m.selected(selection.length));
  return m.title(prefix === '' ? m.bucket(bucket) : prefix);
}

/** The size task of a place as it runs (with Stop), then its result or the remembered one. */
export function FolderSizeDialog({
  place,
  versions,
  taskId,
  startError,
  onVersions,
  onRecalculate,
  onClose,
}: {
  place: SizePlace;
  versions: boolean;
  taskId: string | null;
  startError: unknown;
  onVersions: (versions: boolean) => void;
  onRecalculate: () => void;
  onClose: () => void;
}) {
  const versionsId = useId();
  const tasks = useTasks();
  const control = useTaskControl();
  const { profileId, bucket, prefix } = place;
  const remembered = useRememberedSize(
    profileId,
    bucket,
    prefix,
    versions,
    place.selection === undefined,
  );
  const task = tasks.data?.find((t) => t.id === taskId);
  const running = task !== undefined && task.controls.includes('cancel');
  const found = task?.result?.kind === 'size' ? task.result : null;
  const size = found ?? remembered.data ?? null;

  return (
    <ModalDialog title={titleOf(place)} onClose={onClose} className="size-dialog">
      {running && (
        <p role="status">
          {m.counting(formatCount(task.itemsDone))}{' '}
          <button
            type="button"
            className="button button-small"
            disabled={control.isPending}
            onClick={() => control.mutate({ id: task.id, action: 'cancel' })}
          >
            {m.stop}
          </button>
        </p>
      )}
      {task?.state === 'canceled' && <p className="muted">{m.stopped}</p>}
      {(task?.state === 'failed' || startError !== null) && (
        <p className="message message-error" role="alert">
          {m.failed} {task?.error?.message ?? errorMessage(startError)}
        </p>
      )}
      {size !== null ? <SizeResult size={size} /> : !running && <p className="muted">{m.never}</p>}
      <div className="dialog-actions">
        <label htmlFor={versionsId} className="checkbox">
          <input
            id={versionsId}
            type="checkbox"
            checked={versions}
            disabled={running}
            onChange={(event) => onVersions(event.target.checked)}
          />{' '}
          {m.includeVersions}
        </label>
        <span className="spacer" />
        <button type="button" className="button" disabled={running} onClick={onRecalculate}>
          {m.recalculate}
        </button>
        <button type="button" className="button button-primary" onClick={onClose}>
          {m.close}
        </button>
      </div>
    </ModalDialog>
  );
}
