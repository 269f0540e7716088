import { downloadChecks } from '../../../../shared/domain/transfer-job.js';
import { formatSize } from '../../lib/format-size.js';
import { ConflictQuestion } from './conflict-question.js';
import { formatEta, formatSpeed, percentDone } from './format-transfer.js';
import { messages } from './messages.js';
import { ProgressBar } from './progress-bar.js';
import { rowSpeed, shownState } from './queue-summary.js';
import type { ShownState } from './queue-summary.js';
import { actionsFor, isStalled, jobName } from './transfer-rows.js';
import type { TransferRow } from './transfer-rows.js';
import type { TransferAction } from './use-transfer-actions.js';

interface TransferItemProps {
  row: TransferRow;
  /** The clock the stalled check reads, ticking while jobs run. */
  now: number;
  /** The bandwidth limit, which the shown rate never exceeds. */
  limit: number | null;
  busy: boolean;
  onAction: (action: TransferAction, id: string) => void;
}

const REFUSED_SHOWN = 20;

/** Sizes, counts and speed, most telling first, so an ellipsis cuts the least useful part. */
function detailLine(row: TransferRow, now: number, limit: number | null): string {
  const parts: string[] = [];
  if (row.kind === 'folder')
    parts.push(messages.files(row.filesDone, row.filesTotal, !row.totalsKnown));
  parts.push(messages.bytes(formatSize(row.bytesDone), formatSize(row.bytesTotal)));
  if (row.skippedCount > 0) parts.push(messages.skipped(row.skippedCount));
  if (isStalled(row, now)) parts.push(messages.stalled);
  const { bytesPerSec, etaSeconds } = rowSpeed(row, limit, now);
  const speed = formatSpeed(bytesPerSec);
  const eta = formatEta(etaSeconds);
  if (speed !== '') parts.push(speed);
  if (eta !== '') parts.push(messages.eta(eta));
  const checks = checksLine(row);
  if (checks !== '') parts.push(checks);
  return parts.join(' · ');
}

/** Which checks verified the downloaded files; empty until one was made. */
function checksLine(row: TransferRow): string {
  const made = downloadChecks.flatMap((check) => {
    const count = row.checks[check] ?? 0;
    return count > 0 ? [{ check, count }] : [];
  });
  const [only] = made;
  if (only === undefined) return '';
  if (row.kind === 'file' && made.length === 1) return messages.checkedBy[only.check];
  return messages.checkedFiles(
    made.map(({ check, count }) => ({ count, name: messages.checkNames[check] })),
  );
}

function tone(state: ShownState): 'normal' | 'paused' | 'failed' | 'done' {
  if (state === 'failed' || state === 'canceled') return 'failed';
  if (state === 'paused' || state === 'waiting') return 'paused';
  return state === 'succeeded' ? 'done' : 'normal';
}

function RefusedItems({ row }: { row: TransferRow }) {
  return (
    <details className="transfer-refused">
      <summary>{messages.refused(row.refusedCount)}</summary>
      <ul>
        {row.refused.slice(0, REFUSED_SHOWN).map((item) => (
          <li key={item.key}>
            <code>{item.key}</code> — {item.reason}
          </li>
        ))}
        {row.refusedCount > REFUSED_SHOWN && (
          <li>{messages.refusedMore(row.refusedCount - REFUSED_SHOWN)}</li>
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

/** One line per job: name, bar, numbers, state, actions; a question or refusals add a line. */
export function TransferItem({ row, now, limit, busy, onAction }: TransferItemProps) {
  const name = jobName(row);
  const state = shownState(row);
  // A cancelled job's bar stays where it stopped; only a finished one is full.
  const percent = percentDone(row.bytesDone, row.bytesTotal, row.state === 'succeeded');
  const details = detailLine(row, now, limit);
  const failure = row.state === 'failed' ? row.error : null;
  const verb = row.direction === 'upload' ? messages.upload : messages.download;
  const where =
    row.direction === 'upload'
      ? messages.uploadTo(row.bucket, row.key)
      : messages.downloadTo(row.localPath);
  const labels = actionLabels();

  return (
    <>
      <div className="transfer-line">
        <span className="transfer-direction" aria-hidden="true" title={verb}>
          {row.direction === 'upload' ? '↑' : '↓'}
        </span>
        <span className="transfer-name" title={`${name} · ${where}`}>
          {name}
          <span className="visually-hidden"> {where}</span>
        </span>
        <ProgressBar
          label={messages.progressOf(name)}
          percent={percent}
          text={`${percent}% · ${details}`}
          tone={tone(state)}
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
        <span className={`transfer-state state-${state}`} title={messages.states[state]}>
          {messages.states[state]}
        </span>
        <span className="transfer-actions">
          {actionsFor(row.state).map((action) => (
            <button
              key={action}
              type="button"
              className="button button-small"
              aria-label={`${labels[action]} ${name}`}
              disabled={busy}
              onClick={() => onAction(action, row.id)}
            >
              {labels[action]}
            </button>
          ))}
        </span>
      </div>
      {row.conflict !== null && <ConflictQuestion row={row} />}
      {row.refusedCount > 0 && <RefusedItems row={row} />}
    </>
  );
}
