import { errorMessage } from '../../contract/contract-error.js';
import { ActivityList } from './activity-list.js';
import { messages } from './messages.js';
import { TransferItem } from './transfer-item.js';
import { useNow } from './use-now.js';
import { summarize } from './transfer-rows.js';
import type { TransferRow } from './transfer-rows.js';
import type { Activity } from './upload-activity.js';
import { useClearFinished, useTransferAction } from './use-transfer-actions.js';
import { useTransfers } from './use-transfers.js';

function QueueToolbar({ rows }: { rows: readonly TransferRow[] }) {
  const act = useTransferAction();
  const clear = useClearFinished();
  const summary = summarize(rows);
  const busy = act.isPending || clear.isPending;
  const all = (action: 'pause' | 'resume' | 'cancel' | 'retry') =>
    act.mutate({ action, target: { all: true } });
  return (
    <div className="queue-toolbar" role="toolbar" aria-label={messages.queueActions}>
      <button
        type="button"
        className="button button-small"
        disabled={busy || summary.active === 0}
        onClick={() => all('pause')}
      >
        {messages.pauseAll}
      </button>
      <button
        type="button"
        className="button button-small"
        disabled={busy || summary.paused === 0}
        onClick={() => all('resume')}
      >
        {messages.resumeAll}
      </button>
      <button
        type="button"
        className="button button-small"
        disabled={busy || summary.failed === 0}
        onClick={() => all('retry')}
      >
        {messages.retryAll}
      </button>
      <button
        type="button"
        className="button button-small"
        disabled={busy || summary.active + summary.paused + summary.failed === 0}
        onClick={() => all('cancel')}
      >
        {messages.cancelAll}
      </button>
      <button
        type="button"
        className="button button-small"
        disabled={busy || summary.finished === 0}
        onClick={() => clear.mutate()}
      >
        {messages.clearFinished}
      </button>
      {(act.isError || clear.isError) && (
        <span className="transfer-error" role="alert">
          {messages.actionFailed} {errorMessage(act.error ?? clear.error)}
        </span>
      )}
    </div>
  );
}

/** The queue, newest first: what was just dropped is what people look for. */
export function QueueView({ activity }: { activity: readonly Activity[] }) {
  const transfers = useTransfers();
  const act = useTransferAction();
  const rows = transfers.data ?? [];
  const newestFirst = [...rows].reverse();
  const now = useNow(rows.some((row) => row.state === 'running'));
  return (
    <div className="queue-view">
      <QueueToolbar rows={rows} />
      <ActivityList items={activity} />
      {transfers.isPending && <p className="muted pad">{messages.loading}</p>}
      {transfers.isError && (
        <p className="message message-error" role="alert">
          {messages.loadFailed} {errorMessage(transfers.error)}
        </p>
      )}
      {transfers.isSuccess && rows.length === 0 && activity.length === 0 && (
        <p className="muted pad transfers-empty">{messages.empty}</p>
      )}
      {rows.length > 0 && (
        <ul className="transfer-list" aria-label={messages.queueLabel}>
          {newestFirst.map((row) => (
            <TransferItem
              key={row.id}
              row={row}
              now={now}
              busy={
                act.isPending &&
                act.variables !== undefined &&
                'id' in act.variables.target &&
                act.variables.target.id === row.id
              }
              onAction={(action, id) => act.mutate({ action, target: { id } })}
            />
          ))}
        </ul>
      )}
    </div>
  );
}
