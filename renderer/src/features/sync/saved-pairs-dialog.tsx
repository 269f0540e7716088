import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { writesRemote } from '../../../../shared/domain/sync.js';
import type { SyncPair } from '../../../../shared/domain/sync.js';
import { useContract } from '../../contract/contract-context.js';
import { errorMessage } from '../../contract/contract-error.js';
import { DialogActions } from '../../ui/dialog-actions.js';
import { ModalDialog } from '../../ui/modal-dialog.js';
import { ComparedView } from './compared-view.js';
import type { CompareRun } from './compared-view.js';
import { syncMessages as m } from './messages.js';
import './sync.css';
import { SYNC_PAIRS_QUERY } from './use-sync.js';

const placeOf = (pair: SyncPair): string => `${pair.bucket}/${pair.prefix}`;

/**
 * "Saved sync pairs…": each pair with Run (compares again with its patterns, shows the
 * differences, then the usual confirmation in the pair's direction) and Delete (confirmed).
 */
export function SavedPairsDialog({ onClose }: { onClose: () => void }) {
  const client = useContract();
  const queries = useQueryClient();
  const pairs = useQuery({
    queryKey: SYNC_PAIRS_QUERY,
    // Each listing issues fresh grants for this window: never reuse an old answer.
    queryFn: () => client.invoke('syncPairs.list', {}),
    staleTime: 0,
  });
  const [running, setRunning] = useState<{ run: CompareRun; pair: SyncPair } | null>(null);
  const [deleting, setDeleting] = useState<SyncPair | null>(null);

  const start = useMutation({
    mutationFn: async (pair: SyncPair) => {
      if (pair.grant === null) throw new Error(m.pairFolderGone);
      const { profileId, bucket, prefix, include, exclude } = pair;
      const place = { profileId, bucket, prefix };
      const spec = { ...place, folder: pair.grant, include, exclude };
      const started = await client.invoke('tasks.start', { kind: 'compare', ...spec });
      // The pair's grant is of the use its direction needs, and only that one.
      const grants = writesRemote(pair.direction) ? { read: pair.grant } : { write: pair.grant };
      const folder = { grants, path: pair.path };
      return { run: { taskId: started.id, pair: { place, folder, include, exclude } }, pair };
    },
    onSuccess: setRunning,
  });
  const remove = useMutation({
    mutationFn: (pair: SyncPair) => client.invoke('syncPairs.delete', { id: pair.id }),
    onSuccess: async () => {
      setDeleting(null);
      await queries.invalidateQueries({ queryKey: SYNC_PAIRS_QUERY });
    },
  });

  if (running !== null)
    return (
      <ModalDialog title={m.savedPairsTitle} onClose={onClose} className="sync-dialog">
        <h3 className="sync-class">{m.pairLabel(placeOf(running.pair), running.pair.path)}</h3>
        <ComparedView
          run={running.run}
          fixedDirection={running.pair.direction}
          savedReplaceNewer={running.pair.replaceNewer}
          onAgain={() => start.mutate(running.pair)}
          onClose={onClose}
        />
      </ModalDialog>
    );

  return (
    <ModalDialog title={m.savedPairsTitle} onClose={onClose} className="sync-dialog">
      {pairs.isError && (
        <p className="message message-error" role="alert">
          {m.loadPairsFailed} {errorMessage(pairs.error)}
        </p>
      )}
      {pairs.data?.length === 0 && <p className="muted">{m.noSavedPairs}</p>}
      {start.isError && (
        <p className="message message-error" role="alert">
          {m.compareFailed} {errorMessage(start.error)}
        </p>
      )}
      {deleting !== null ? (
        <section className="sync-confirm" aria-label={m.deletePairLabel(placeOf(deleting))}>
          <p>{m.confirmDeletePair(placeOf(deleting), deleting.path)}</p>
          {remove.isError && (
            <p className="message message-error" role="alert">
              {m.deletePairFailed} {errorMessage(remove.error)}
            </p>
          )}
          <DialogActions
            cancelLabel={m.back}
            onCancel={() => setDeleting(null)}
            submitLabel={m.deletePair}
            tone="danger"
            busy={remove.isPending}
            onSubmit={() => remove.mutate(deleting)}
          />
        </section>
      ) : (
        <>
          <ul className="sync-pairs" aria-label={m.savedPairsTitle}>
            {pairs.data?.map((pair) => (
              <li key={pair.id} aria-label={m.pairLabel(placeOf(pair), pair.path)}>
                <div>
                  <strong>{m.pairLabel(placeOf(pair), pair.path)}</strong>
                  <div className="muted">
                    {m.savedDirection(m.directions[pair.direction])}
                    {pair.replaceNewer && ` · ${m.pairReplacesNewer}`}
                    {(pair.include.length > 0 || pair.exclude.length > 0) &&
                      ` · ${m.patternsUsed(pair.include.join(', '), pair.exclude.join(', '))}`}
                  </div>
                  {pair.grant === null && <div className="muted">{m.pairFolderGone}</div>}
                </div>
                <span className="spacer" />
                <button
                  type="button"
                  className="button"
                  aria-label={m.runPairLabel(placeOf(pair))}
                  disabled={pair.grant === null || start.isPending}
                  onClick={() => start.mutate(pair)}
                >
                  {m.runPair}
                </button>
                <button
                  type="button"
                  className="button"
                  aria-label={m.deletePairLabel(placeOf(pair))}
                  onClick={() => {
                    remove.reset();
                    setDeleting(pair);
                  }}
                >
                  {m.deletePair}
                </button>
              </li>
            ))}
          </ul>
          <DialogActions cancelLabel={m.close} onCancel={onClose} />
        </>
      )}
    </ModalDialog>
  );
}
