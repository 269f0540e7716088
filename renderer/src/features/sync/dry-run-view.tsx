import { writesRemote } from '../../../../shared/domain/sync.js';
import type { SyncDirection } from '../../../../shared/domain/sync.js';
import { errorMessage } from '../../contract/contract-error.js';
import { useTasks } from '../tasks/use-tasks.js';
import { PathList } from './differences-view.js';
import { syncMessages as m } from './messages.js';
import { dryRunPlan } from './sync-plan.js';
import { useDifferences } from './use-sync.js';

/**
 * A dry run's answer: it compared again and changed nothing, and lists what the sync would copy,
 * the newer files it would keep (or replace, when asked), and which of the ticked deletions it
 * would make, as the real run would decide them.
 */
export function DryRunView({
  taskId,
  direction,
  deletions,
  replaceNewer,
}: {
  taskId: string;
  direction: SyncDirection;
  deletions: readonly string[];
  replaceNewer: boolean;
}) {
  const tasks = useTasks();
  const task = tasks.data?.find((t) => t.id === taskId);
  const differences = useDifferences(taskId, task?.state === 'succeeded');
  if (task?.state === 'failed' || differences.isError)
    return (
      <p className="message message-error" role="alert">
        {m.dryRunFailed} {task?.error?.message ?? errorMessage(differences.error)}
      </p>
    );
  if (task?.state === 'canceled') return <p className="muted">{m.stopped}</p>;
  if (task?.result?.kind !== 'sync' || !task.result.dryRun || differences.data === undefined)
    return <p role="status">{m.dryRunRunning}</p>;
  const up = writesRemote(direction);
  const { copies, deletes, newer } = dryRunPlan(
    differences.data,
    direction,
    deletions,
    replaceNewer,
  );
  const newerSaid = replaceNewer
    ? m.dryRunReplacedNewer(newer.length)
    : m.dryRunKeptNewer(newer.length, up);
  return (
    <section className="sync-dry-run" aria-label={m.dryRunTitle}>
      <h3 className="sync-class">{m.dryRunTitle}</h3>
      <p>{m.dryRunCopies(copies.length, up)}</p>
      <PathList paths={copies} label={m.dryRunCopies(copies.length, up)} />
      {deletes.length === 0 ? (
        <p>{m.dryRunNoDeletes}</p>
      ) : (
        <>
          <p>{m.dryRunDeletes(deletes.length, up)}</p>
          <PathList paths={deletes} label={m.dryRunDeletes(deletes.length, up)} />
        </>
      )}
      {newer.length > 0 && (
        <>
          <p>{newerSaid}</p>
          <PathList paths={newer} label={newerSaid} />
        </>
      )}
    </section>
  );
}
