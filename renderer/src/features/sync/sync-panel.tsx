import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { syncDirections, writesRemote } from '../../../../shared/domain/sync.js';
import type { SyncDifference, SyncDirection } from '../../../../shared/domain/sync.js';
import { useContract } from '../../contract/contract-context.js';
import { errorMessage } from '../../contract/contract-error.js';
import { DialogActions } from '../../ui/dialog-actions.js';
import { DeletionPicker, NewerNote, PathList } from './differences-view.js';
import { DryRunView } from './dry-run-view.js';
import { syncMessages as m } from './messages.js';
import { confirmedDeletions, deletionCandidates, newerOnWritten } from './sync-plan.js';
import { folderGrant, SYNC_PAIRS_QUERY } from './use-sync.js';
import type { LocalFolder } from './use-sync.js';

export interface SyncPlace {
  profileId: string;
  bucket: string;
  prefix: string;
}

/** What a compare looked at, and what its sync and a saved pair reuse. */
export interface ComparedPair {
  place: SyncPlace;
  folder: LocalFolder;
  include: string[];
  exclude: string[];
}

/**
 * After a compare: the direction, the deletions ticked by hand (a mirror only), a confirmation
 * that lists them, then a sync task with exactly that list; a dry run of the same; or the pair
 * saved to run again.
 */
export function SyncPanel({
  pair,
  differences,
  fixedDirection,
  savedReplaceNewer = false,
  onClose,
}: {
  pair: ComparedPair;
  differences: readonly SyncDifference[];
  /** A saved pair's direction: its folder grant is for that direction only. */
  fixedDirection?: SyncDirection | undefined;
  /** A saved pair's choice for newer files on the written side; otherwise they are kept. */
  savedReplaceNewer?: boolean | undefined;
  onClose: () => void;
}) {
  const client = useContract();
  const queries = useQueryClient();
  const id = useId();
  const [direction, setDirection] = useState<SyncDirection>(fixedDirection ?? 'upload');
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const [confirming, setConfirming] = useState(false);
  const [replaceNewer, setReplaceNewer] = useState(savedReplaceNewer);
  const candidates = deletionCandidates(differences, direction);
  const deletions = confirmedDeletions(candidates, ticked);
  const newer = newerOnWritten(differences, direction);
  const replaced = replaceNewer ? newer : [];
  const { place, folder, include, exclude } = pair;
  const fields = { ...place, include, exclude, replaceNewer };
  const use = writesRemote(direction) ? 'read' : 'write';

  const sync = useMutation({
    mutationFn: async () => {
      const grant = await folderGrant(client, folder, use);
      const spec = { ...fields, folder: grant, direction, dryRun: false, deletions };
      return client.invoke('tasks.start', { kind: 'sync', ...spec });
    },
    onSuccess: () => setConfirming(false),
  });
  // A dry run only compares: any grant of the folder will do, and it shows what the sync would do.
  const dryRun = useMutation({
    mutationFn: async () => {
      const grant = await folderGrant(client, folder, use, true);
      const spec = { ...fields, folder: grant, direction, dryRun: true, deletions };
      const started = await client.invoke('tasks.start', { kind: 'sync', ...spec });
      return { taskId: started.id, direction, deletions, replaceNewer };
    },
  });
  const save = useMutation({
    mutationFn: async () => {
      const grant = await folderGrant(client, folder, use, true);
      return client.invoke('syncPairs.save', { ...fields, folder: grant, direction });
    },
    onSuccess: () => queries.invalidateQueries({ queryKey: SYNC_PAIRS_QUERY }),
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
            <PathList paths={deletions} label={m.confirmDeletions(deletions.length)} />
          </>
        )}
        {replaced.length > 0 && (
          <>
            <p>{m.confirmReplaces(replaced.length)}</p>
            <PathList paths={replaced} label={m.confirmReplaces(replaced.length)} />
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
          tone={deletions.length > 0 || replaced.length > 0 ? 'danger' : 'primary'}
          busy={sync.isPending}
          onSubmit={() => sync.mutate()}
        />
      </section>
    );

  return (
    <>
      {fixedDirection === undefined ? (
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
                  setReplaceNewer(false);
                  sync.reset();
                  dryRun.reset();
                }}
              />{' '}
              {m.directions[d]}
            </label>
          ))}
        </fieldset>
      ) : (
        <p>{m.savedDirection(m.directions[direction])}</p>
      )}
      <NewerNote
        newer={newer}
        up={writesRemote(direction)}
        replace={replaceNewer}
        onReplace={(on) => {
          setReplaceNewer(on);
          dryRun.reset();
        }}
      />
      {direction.startsWith('mirror') && (
        <DeletionPicker candidates={candidates} ticked={ticked} onTick={tick} />
      )}
      {dryRun.isError && (
        <p className="message message-error" role="alert">
          {m.dryRunFailed} {errorMessage(dryRun.error)}
        </p>
      )}
      {dryRun.data !== undefined && <DryRunView {...dryRun.data} />}
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
          disabled={dryRun.isPending}
          onClick={() => dryRun.mutate()}
        >
          {m.dryRun}
        </button>
        {fixedDirection === undefined && (
          <button
            type="button"
            className="button"
            disabled={save.isPending}
            onClick={() => save.mutate()}
          >
            {m.savePair}
          </button>
        )}
      </DialogActions>
    </>
  );
}
