import { downloadChecks } from '../../../../shared/domain/transfer-job.js';
import { formatSize } from '../../lib/format-size.js';
import { ConflictQuestion } from './conflict-question.js';
import { formatEta, formatSpeed, percentDone } from './format-transfer.js';
import { messages } from './messages.js';
import { ProgressBar } from './progress-bar.js';
import { actionsFor, isStalled, jobName } from './transfer-rows.js';
import type { TransferRow } from './transfer-rows.js';
import type { TransferAction } from './use-transfer-actions.js';

interface TransferItemProps {
  row: TransferRow;
  /** The clock the stalled check reads, ticking while jobs run. */
  now: number;
  busy: boolean;
  onAction: (action: TransferAction, id: string) => void;
}

const REFUSED_SHOWN = 20;

function detailLine(row: TransferRow, now: number): string {
  const parts = [messages.bytes(formatSize(row.bytesDone), formatSize(row.bytesTotal))];
  if (row.kind === 'folder')
    parts.push(messages.files(row.filesDone, row.filesTotal, !row.totalsKnown));
  if (row.skippedCount > 0) parts.push(messages.skipped(row.skippedCount));
  if (isStalled(row, now)) parts.push(messages.stalled);
  else if (row.state === 'running') {
    const speed = formatSpeed(row.rateBytesPerSec);
    const eta = formatEta(row.etaSeconds);
    if (speed !== '') parts.push(speed);
    if (eta !== '') parts.push(messages.eta(eta));
  }
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

function tone(row: TransferRow): 'normal' | 'paused' | 'failed' | 'done' {
  if (row.state === 'failed' || row.state === 'canceled') return 'failed';
  if (row.state === 'paused') return 'paused';
  return row.state === 'succeeded' ? 'done' : 'normal';
}

export function TransferItem({ row, now, busy, onAction }: TransferItemProps) {
  const name = jobName(row);
  const percent = percentDone(row.bytesDone, row.bytesTotal, row.state === 'succeeded');
  const details = detailLine(row, now);
  const checks = checksLine(row);
  const where =
    row.direction === 'upload'
      ? messages.uploadTo(row.bucket, row.key)
      : messages.downloadTo(row.localPath);
  const actionLabels = {
    pause: messages.pause,
    resume: messages.resume,
    retry: messages.retry,
    cancel: messages.cancel,
  };

  return (
    <li className={`transfer transfer-${row.state}`} aria-label={name}>
      <div className="transfer-top">
        <span className="transfer-direction" aria-hidden="true">
          {row.direction === 'upload' ? '↑' : '↓'}
        </span>
        <span className="transfer-name" title={name}>
          {name}
        </span>
        <span className="transfer-where muted" title={where}>
          {where}
        </span>
        <span className={`transfer-state state-${row.state}`}>{messages.states[row.state]}</span>
        <span className="transfer-actions">
          {actionsFor(row.state).map((action) => (
            <button
              key={action}
              type="button"
              className="button button-small"
              aria-label={`${actionLabels[action]} ${name}`}
              disabled={busy}
              onClick={() => onAction(action, row.id)}
            >
              {actionLabels[action]}
            </button>
          ))}
        </span>
      </div>
      <ProgressBar
        label={messages.progressOf(name)}
        percent={percent}
        text={`${percent}% · ${details}`}
        tone={tone(row)}
      />
      <div className="transfer-details muted">{details}</div>
      {checks !== '' && <div className="transfer-checks muted">{checks}</div>}
      {row.state === 'failed' && row.error !== null && (
        <p className="transfer-error">
          <span className="visually-hidden">{messages.failedBecause} </span>
          {row.error.message}
        </p>
      )}
      {row.conflict !== null && <ConflictQuestion row={row} />}
      {row.refusedCount > 0 && (
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
      )}
    </li>
  );
}
