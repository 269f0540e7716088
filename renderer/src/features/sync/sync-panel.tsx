import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { syncDirections, writesRemote } from '../../../../shared/domain/sync.js';
import type { SyncDifference, SyncDirection } from '../../../../shared/domain/sync.js';
import { useContract } from '../../contract/contract-context.js';
import { errorMessage } from '../../contract/contract-error.js';
import { DialogActions } from '../../ui/dialog-actions.js';
import { DeletionPicker } from './differences-view.js';
import { syncMessages as m } from './messages.js';
import { confirmedDeletions, deletionCandidates } from './sync-plan.js';
import { folderGrant } from './use-sync.js';
import type { LocalFolder } from './use-sync.js';

export interface SyncPlace {
  profileId: string;
  bucket: string;
  prefix: string;
}

/**
 * After a compare: the direction, the deletions ticked by hand (a mirror only), a confirmation
 * that lists them, then a sync task with exactly that list; or the pair saved to run again.
 */
export function SyncPanel({
  place,
  folder,
  differences,
  onClose,
}: {
  place: SyncPlace;
  folder: LocalFolder;
  differences: readonly SyncDifference[];
  onClose: () => void;
}) {
  const client = useContract();
  const id = useId();
  const [direction, setDirection] = useState<SyncDirection>('upload');
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const [confirming, setConfirming] = useState(false);
  const candidates = deletionCandidates(differences, direction);
  const deletions = confirmedDeletions(candidates, ticked);
  const pair = { ...place, include: [], exclude: [] };

  const sync = useMutation({
    mutationFn: async () => {
      const grant = await folderGrant(client, folder, writesRemote(direction) ? 'read' : 'write');
      const spec = { ...pair, folder: grant, direction, dryRun: false, deletions };
      return client.invoke('tasks.start', { kind: 'sync', ...spec });
    },
    onSuccess: () => setConfirming(false),
  });
  const save = useMutation({
    mutationFn: async () => {
      const grant = await folderGrant(client, folder, writesRemote(direction) ? 'read' : 'write');
      return client.invoke('syncPairs.save', { ...pair, folder: grant, direction });
    },
  });

  const tick = (path: string, on: boolean) =>
    setTicked((now) => {
      const next = new Set(now);
      if (on) next.add(path);
      else next.delete(path);
      return next;
    });

  if (confirming)
    return (
      <section className="sync-confirm" aria-label={m.confirmTitle}>
        <h3>{m.confirmTitle}</h3>
        <p>{m.directions[direction]}</p>
        {deletions.length === 0 ? (
          <p>{m.confirmNoDeletions}</p>
        ) : (
          <>
            <p>{m.confirmDeletions(deletions.length)}</p>
            <ul className="sync-paths" aria-label={m.confirmDeletions(deletions.length)}>
              {deletions.map((path) => (
                <li key={path}>{path}</li>
              ))}
            </ul>
          </>
        )}
        {sync.isError && (
          <p className="message message-error" role="alert">
            {m.syncFailed} {errorMessage(sync.error)}
          </p>
        )}
        <DialogActions
          cancelLabel={m.back}
          onCancel={() => setConfirming(false)}
          submitLabel={m.startSync}
          tone={deletions.length > 0 ? 'danger' : 'primary'}
          busy={sync.isPending}
          onSubmit={() => sync.mutate()}
        />
      </section>
    );

  return (
    <>
      <fieldset className="sync-direction">
        <legend>{m.direction}</legend>
        {syncDirections.map((d) => (
          <label key={d} className="checkbox">
            <input
              type="radio"
              name={`${id}-direction`}
              value={d}
              checked={direction === d}
              onChange={() => {
                setDirection(d);
                // A tick meant a path of one side: another direction starts with none again.
                setTicked(new Set());
                sync.reset();
              }}
            />{' '}
            {m.directions[d]}
          </label>
        ))}
      </fieldset>
      {direction.startsWith('mirror') && (
        <DeletionPicker candidates={candidates} ticked={ticked} onTick={tick} />
      )}
      {sync.isSuccess && <p role="status">{m.syncStarted}</p>}
      {save.isSuccess && <p role="status">{m.pairSaved}</p>}
      {save.isError && (
        <p className="message message-error" role="alert">
          {m.saveFailed} {errorMessage(save.error)}
        </p>
      )}
      <DialogActions
        cancelLabel={m.close}
        onCancel={onClose}
        submitLabel={m.sync}
        disabled={sync.isPending}
        onSubmit={() => setConfirming(true)}
      >
        <button
          type="button"
          className="button"
          disabled={save.isPending}
          onClick={() => save.mutate()}
        >
          {m.savePair}
        </button>
      </DialogActions>
    </>
  );
}
