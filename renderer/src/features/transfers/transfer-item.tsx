import type { TaskAction, TaskRecord } from '../../../../shared/domain/task.js';
import { downloadChecks } from '../../../../shared/domain/transfer-job.js';
import { formatSize } from '../../lib/format-size.js';
import { recordTitle } from '../tasks/messages.js';
import { ConflictQuestion } from './conflict-question.js';
import { formatEta, formatSpeed, percentDone } from './format-transfer.js';
import { messages } from './messages.js';
import { ProgressBar } from './progress-bar.js';
import { taskSpeed } from './queue-summary.js';

/** What an upload or download row carries beyond the common record. */
type TransferInfo = NonNullable<TaskRecord['transfer']>;

interface TransferItemProps {
  task: TaskRecord;
  info: TransferInfo;
  /** The bandwidth limit, which the shown rate never exceeds. */
  limit: number | null;
  busy: boolean;
  onAction: (action: TaskAction) => void;
  /** Opens the one downloaded file with the system's app; undefined where the host cannot. */
  onOpen: (() => void) | undefined;
}

const PROBLEMS_SHOWN = 20;

/** Sizes, counts and speed, most telling first, so an ellipsis cuts the least useful part. */
function detailLine(task: TaskRecord, info: TransferInfo, limit: number | null): string {
  const parts: string[] = [];
  // One file says it all with its bytes; a folder or several items also count their files.
  if (task.itemsTotal !== 1)
    parts.push(
      messages.files(task.itemsDone, task.itemsTotal ?? task.itemsDone, task.itemsTotal === null),
    );
  parts.push(
    task.bytesTotal === null
      ? formatSize(task.bytesDone)
      : messages.bytes(formatSize(task.bytesDone), formatSize(task.bytesTotal)),
  );
  if (info.skipped > 0) parts.push(messages.skipped(info.skipped));
  if (task.state === 'stalled') parts.push(messages.stalled);
  const { bytesPerSec, etaSeconds } = taskSpeed(task, limit);
  const speed = formatSpeed(bytesPerSec);
  const eta = formatEta(etaSeconds);
  if (speed !== '') parts.push(speed);
  if (eta !== '') parts.push(messages.eta(eta));
  const checks = checksLine(task, info);
  if (checks !== '') parts.push(checks);
  return parts.join(' · ');
}

/** Which checks verified the downloaded files; empty until one was made. */
function checksLine(task: TaskRecord, info: TransferInfo): string {
  const made = downloadChecks.flatMap((check) => {
    const count = info.checks[check] ?? 0;
    return count > 0 ? [{ check, count }] : [];
  });
  const [only] = made;
  if (only === undefined) return '';
  if (task.itemsTotal === 1 && only.count === 1) return messages.checkedBy[only.check];
  return messages.checkedFiles(
    made.map(({ check, count }) => ({ count, name: messages.checkNames[check] })),
  );
}

function tone(state: TaskRecord['state']): 'normal' | 'paused' | 'failed' | 'done' {
  if (state === 'failed' || state === 'canceled') return 'failed';
  if (state === 'paused' || state === 'waiting') return 'paused';
  return state === 'succeeded' ? 'done' : 'normal';
}

/** Keys refused as destinations and files that failed, each with its reason. */
function Problems({ task }: { task: TaskRecord }) {
  return (
    <details className="transfer-refused">
      <summary>{messages.problems(task.problemCount)}</summary>
      <ul>
        {task.problems.slice(0, PROBLEMS_SHOWN).map((problem) => (
          <li key={`${problem.item}\n${problem.code}`}>
            <code>{problem.item}</code> — {problem.message}
          </li>
        ))}
        {task.problemCount > PROBLEMS_SHOWN && (
          <li>{messages.refusedMore(task.problemCount - PROBLEMS_SHOWN)}</li>
        )}
      </ul>
    </details>
  );
}

const actionLabels = () => ({
  pause: messages.pause,
  resume: messages.resume,
  retry: messages.retry,
  cancel: messages.cancel,
});

/**
 * Where the items go: an upload's bucket and key (its source may be the browser host's spool,
 * a path that means nothing to the person), a download's key and the folder the host named.
 */
function whereLine(task: TaskRecord, info: TransferInfo): string {
  const { spec } = task;
  if (spec.kind === 'upload')
    return messages.uploadTo(`${spec.bucket}/${spec.keyPrefix}${info.name ?? ''}`);
  if (spec.kind !== 'download') return '';
  const [key] = spec.keys ?? [];
  const from = spec.prefix ?? (spec.keys?.length === 1 && key !== undefined ? key : '');
  return messages.downloadTo(`${spec.bucket}/${from}`, info.localPath);
}

/**
 * One line per upload or download request (a drop, a pick, a "Download…"): its name, bar,
 * numbers, state and controls; a question or problems add a line.
 */
export function TransferItem({ task, info, limit, busy, onAction, onOpen }: TransferItemProps) {
  const name = recordTitle(task);
  const upload = task.spec.kind === 'upload';
  // A cancelled task's bar stays where it stopped; only a finished one is full.
  const percent = percentDone(task.bytesDone, task.bytesTotal ?? 0, task.state === 'succeeded');
  const details = detailLine(task, info, limit);
  const failure = task.state === 'failed' ? task.error : null;
  const verb = upload ? messages.upload : messages.download;
  const where = whereLine(task, info);
  const labels = actionLabels();
  const state = messages.states[task.state];

  return (
    <>
      <div className="transfer-line">
        <span className="transfer-direction" aria-hidden="true" title={verb}>
          {upload ? '↑' : '↓'}
        </span>
        <span className="transfer-name" title={`${name} · ${where}`}>
          {name}
          <span className="visually-hidden"> {where}</span>
        </span>
        <ProgressBar
          label={messages.progressOf(name)}
          percent={percent}
          text={`${percent}% · ${details}`}
          tone={tone(task.state)}
        />
        {failure === null ? (
          <span className="transfer-details muted" title={details}>
            {details}
          </span>
        ) : (
          <span className="transfer-details transfer-error" title={failure.message}>
            <span className="visually-hidden">{messages.failedBecause} </span>
            {failure.message}
          </span>
        )}
        <span className={`transfer-state state-${task.state}`} title={state}>
          {state}
        </span>
        <span className="transfer-actions">
          {onOpen !== undefined && info.openable && (
            <button
              type="button"
              className="button button-small"
              aria-label={`${messages.open} ${name}`}
              onClick={onOpen}
            >
              {messages.open}
            </button>
          )}
          {task.controls.map((action) => (
            <button
              key={action}
              type="button"
              className="button button-small"
              aria-label={`${labels[action]} ${name}`}
              disabled={busy}
              onClick={() => onAction(action)}
            >
              {labels[action]}
            </button>
          ))}
        </span>
      </div>
      {task.question !== null && <ConflictQuestion task={task} question={task.question} />}
      {task.problemCount > 0 && <Problems task={task} />}
    </>
  );
}
