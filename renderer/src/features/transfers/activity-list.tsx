import { formatSize } from '../../lib/format-size.js';
import { percentDone } from './format-transfer.js';
import { messages } from './messages.js';
import { ProgressBar } from './progress-bar.js';
import { removeActivity, uploadActivity } from './upload-activity.js';
import type { Activity } from './upload-activity.js';

function dismiss(id: string): void {
  uploadActivity.change((list) => removeActivity(list, id));
}

function ActivityItem({ activity }: { activity: Activity }) {
  const sending = activity.filesTotal > 0 && activity.error === null;
  const percent = percentDone(activity.bytesSent, activity.bytesTotal, false);
  const detail = [
    messages.bytes(formatSize(activity.bytesSent), formatSize(activity.bytesTotal)),
    messages.spoolingFiles(activity.filesDone, activity.filesTotal),
  ].join(' · ');
  return (
    <li
      className={
        activity.error === null ? 'transfer activity' : 'transfer activity transfer-failed'
      }
      aria-label={activity.title}
    >
      <div className="transfer-top">
        <span className="transfer-name">{activity.title}</span>
        {sending && <span className="transfer-state state-running">{messages.spoolingTitle}</span>}
        <span className="transfer-actions">
          {activity.cancel !== null && (
            <button type="button" className="button button-small" onClick={activity.cancel}>
              {messages.cancel}
            </button>
          )}
          {activity.cancel === null && !sending && (
            <button
              type="button"
              className="button button-small"
              onClick={() => dismiss(activity.id)}
            >
              {messages.dismiss}
            </button>
          )}
        </span>
      </div>
      {sending && (
        <>
          <ProgressBar
            label={messages.progressOf(activity.title)}
            percent={percent}
            text={`${percent}% · ${detail}`}
          />
          <div className="transfer-details muted">{detail}</div>
        </>
      )}
      {activity.error !== null && <p className="transfer-error">{activity.error}</p>}
      {activity.details.length > 0 && (
        <ul className="activity-details">
          {activity.details.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </li>
  );
}

/** Uploads being prepared in this window, and messages that belong to no job. */
export function ActivityList({ items }: { items: readonly Activity[] }) {
  if (items.length === 0) return null;
  return (
    <ul className="transfer-list" aria-label={messages.spoolingTitle}>
      {items.map((activity) => (
        <ActivityItem key={activity.id} activity={activity} />
      ))}
    </ul>
  );
}
