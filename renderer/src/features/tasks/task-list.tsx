import type { TaskRecord } from '../../../../shared/domain/task.js';
import { errorMessage } from '../../contract/contract-error.js';
import { ProgressBar } from '../transfers/progress-bar.js';
import { taskMessages as m, taskTitle } from './messages.js';
import { useTaskControl } from './use-tasks.js';

/** The transfer rows' badge colours where one fits; the others stay neutral. */
const badgeClass: Record<TaskRecord['state'], string> = {
  queued: '',
  running: '',
  stalled: 'state-waiting',
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

function TaskItem({
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
  const tone = task.state === 'failed' || task.state === 'canceled' ? 'transfer-failed' : '';
  return (
    <li className={`transfer activity ${tone}`} aria-label={title}>
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
    </li>
  );
}

/** Long work the core runs (folder deletes, emptying buckets), newest first. */
export function TaskList({ tasks }: { tasks: readonly TaskRecord[] }) {
  const control = useTaskControl();
  if (tasks.length === 0) return null;
  const busyId = control.isPending && control.variables !== undefined ? control.variables.id : null;
  return (
    <>
      {control.isError && (
        <p className="transfer-error" role="alert">
          {m.actionFailed} {errorMessage(control.error)}
        </p>
      )}
      {/* Focusable: the list scrolls when the panel is short, and a finished task has no button. */}
      <ul className="transfer-list" aria-label={m.listLabel} tabIndex={0}>
        {[...tasks].reverse().map((task) => (
          <TaskItem
            key={task.id}
            task={task}
            busy={busyId === task.id}
            onAction={(action) => control.mutate({ id: task.id, action })}
          />
        ))}
      </ul>
    </>
  );
}
