import type { SyncDirection } from '../../../../shared/domain/sync.js';
import { errorMessage } from '../../contract/contract-error.js';
import { DialogActions } from '../../ui/dialog-actions.js';
import { useTasks } from '../tasks/use-tasks.js';
import { DifferencesView } from './differences-view.js';
import { syncMessages as m } from './messages.js';
import { SyncPanel } from './sync-panel.js';
import type { ComparedPair } from './sync-panel.js';
import { useDifferences } from './use-sync.js';

/** A compare task started for a pair: its folder, place and patterns are what a sync reuses. */
export interface CompareRun {
  taskId: string;
  pair: ComparedPair;
}

/**
 * A compare's progress, then its differences by class and the sync it may lead to. A saved
 * pair's run keeps the pair's direction: its folder grant is for that direction only.
 */
export function ComparedView({
  run,
  fixedDirection,
  savedReplaceNewer,
  onAgain,
  onClose,
}: {
  run: CompareRun;
  fixedDirection?: SyncDirection | undefined;
  savedReplaceNewer?: boolean | undefined;
  /** Offered once the compare ended without differences to show (failed or stopped). */
  onAgain: () => void;
  onClose: () => void;
}) {
  const tasks = useTasks();
  const task = tasks.data?.find((t) => t.id === run.taskId);
  const result = task?.result?.kind === 'compare' ? task.result : null;
  const differences = useDifferences(run.taskId, task?.state === 'succeeded');
  const running = task === undefined || task.controls.includes('cancel');
  const waiting = running || (task.state === 'succeeded' && differences.isPending);
  const { include, exclude } = run.pair;
  return (
    <>
      {(include.length > 0 || exclude.length > 0) && (
        <p className="muted">{m.patternsUsed(include.join(', '), exclude.join(', '))}</p>
      )}
      {running && <p role="status">{m.comparing}</p>}
      {task?.state === 'canceled' && <p className="muted">{m.stopped}</p>}
      {(task?.state === 'failed' || differences.isError) && (
        <p className="message message-error" role="alert">
          {m.compareFailed} {task?.error?.message ?? errorMessage(differences.error)}
        </p>
      )}
      {result !== null && differences.data !== undefined ? (
        <>
          <DifferencesView differences={differences.data} counts={result.counts} />
          <SyncPanel
            pair={run.pair}
            differences={differences.data}
            fixedDirection={fixedDirection}
            savedReplaceNewer={savedReplaceNewer}
            onClose={onClose}
          />
        </>
      ) : (
        <DialogActions
          cancelLabel={m.close}
          onCancel={onClose}
          submitLabel={waiting ? m.compare : m.compareAgain}
          busy={waiting}
          onSubmit={onAgain}
        />
      )}
    </>
  );
}
