import type { TaskRecord } from '../../../../shared/domain/task.js';
import { ProgressBar } from '../transfers/progress-bar.js';
import { taskMessages as m, taskTitle } from './messages.js';

/** The transfer rows' badge colours where one fits; the others stay neutral. */
const badgeClass: Record<TaskRecord['state'], string> = {
  queued: '',
  running: '',
  stalled: 'state-waiting',
  waiting: 'state-waiting',
  paused: '',
  succeeded: 'state-succeeded',
  failed: 'state-failed',
  canceled: '',
};

/** Counts, rate and problems, most telling first. */
function detailLine(task: TaskRecord): string {
  const { kind } = task.spec;
  const copies = kind === 'copy' || kind === 'move';
  const syncing = kind === 'compare' || kind === 'sync';
  const parts = syncing
    ? [
        m.differences(task.results?.count ?? 0),
        ...(kind === 'sync' ? [m.synced(task.itemsDone)] : []),
      ]
    : task.results !== null
      ? [m.scanned(task.itemsDone, task.results.count, task.results.capped)]
      : [
          kind === 'size'
            ? m.counted(task.itemsDone)
            : copies
              ? m.copied(task.itemsDone)
              : m.removed(task.itemsDone),
        ];
  if (task.itemsPerSecond >= 1) parts.push(m.perSecond(Math.round(task.itemsPerSecond)));
  if (task.problemCount > 0)
    parts.push(copies ? m.notCopied(task.problemCount) : m.problems(task.problemCount));
  return parts.join(' · ');
}

/** A row of long work that is not a transfer (deletes, copies, search, size, sync): two lines. */
export function TaskItem({
  task,
  busy,
  onAction,
}: {
  task: TaskRecord;
  busy: boolean;
  onAction: (action: TaskRecord['controls'][number]) => void;
}) {
  const title = taskTitle(task.spec);
  const details = detailLine(task);
  return (
    <>
      <div className="transfer-top">
        <span className="transfer-name" title={title}>
          {title}
        </span>
        <span className={`transfer-state ${badgeClass[task.state]}`}>{m.states[task.state]}</span>
        <span className="transfer-actions">
          {task.controls.map((action) => (
            <button
              key={action}
              type="button"
              className="button button-small"
              aria-label={`${m.actions[action]} ${title}`}
              disabled={busy}
              onClick={() => onAction(action)}
            >
              {m.actions[action]}
            </button>
          ))}
        </span>
      </div>
      {task.itemsTotal !== null && (
        <ProgressBar
          label={title}
          percent={Math.min(100, Math.floor((task.itemsDone / Math.max(1, task.itemsTotal)) * 100))}
          text={details}
        />
      )}
      <div className="transfer-details muted">{details}</div>
      {task.state === 'failed' && task.error !== null && (
        <p className="transfer-error">
          {m.failedBecause} {task.error.message}
        </p>
      )}
    </>
  );
}
