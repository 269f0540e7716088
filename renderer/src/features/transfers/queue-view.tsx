import { errorMessage } from '../../contract/contract-error.js';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { TaskList } from '../tasks/task-list.js';
import { useTasks } from '../tasks/use-tasks.js';
import { ActivityList } from './activity-list.js';
import { messages } from './messages.js';
import { TransferItem } from './transfer-item.js';
import { useNow } from './use-now.js';
import { queueOrder, shownState } from './queue-summary.js';
import { jobName, summarize } from './transfer-rows.js';
import type { TransferRow } from './transfer-rows.js';
import type { Activity } from './upload-activity.js';
import { useClearFinished, useTransferAction } from './use-transfer-actions.js';
import { useTransferSettings } from './use-transfer-settings.js';
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

/** The queue: what needs an answer first, then the newest (`queueOrder`). */
export function QueueView({ activity }: { activity: readonly Activity[] }) {
  const transfers = useTransfers();
  const rows = transfers.data ?? [];
  const tasks = useTasks().data ?? [];
  return (
    <div className="queue-view">
      <QueueToolbar rows={rows} />
      <ActivityList items={activity} />
      <TaskList tasks={tasks} />
      {transfers.isPending && <p className="muted pad">{messages.loading}</p>}
      {transfers.isError && (
        <p className="message message-error" role="alert">
          {messages.loadFailed} {errorMessage(transfers.error)}
        </p>
      )}
      {transfers.isSuccess && rows.length === 0 && activity.length === 0 && tasks.length === 0 && (
        <p className="muted pad transfers-empty">{messages.empty}</p>
      )}
      {rows.length > 0 && <JobList rows={rows} />}
    </div>
  );
}

const ROW_ESTIMATE = 34;

/** Hundreds of jobs: only the rows in view (and a few around) are in the page. */
function JobList({ rows }: { rows: readonly TransferRow[] }) {
  const act = useTransferAction();
  const limit = useTransferSettings().data?.bandwidthLimitBytesPerSec ?? null;
  const scrollRef = useRef<HTMLDivElement>(null);
  const ordered = queueOrder(rows);
  const now = useNow(rows.some((row) => row.state === 'running'));
  const virtualizer = useVirtualizer({
    count: ordered.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_ESTIMATE,
    getItemKey: (index) => ordered[index]?.id ?? index,
    overscan: 8,
  });
  const busyId =
    act.isPending && act.variables !== undefined && 'id' in act.variables.target
      ? act.variables.target.id
      : null;
  return (
    <div ref={scrollRef} className="transfer-scroll">
      <ul
        className="transfer-list"
        aria-label={messages.queueLabel}
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualizer.getVirtualItems().map((item) => {
          const row = ordered[item.index];
          if (row === undefined) return null;
          return (
            <li
              key={row.id}
              ref={virtualizer.measureElement}
              data-index={item.index}
              aria-label={jobName(row)}
              aria-setsize={ordered.length}
              aria-posinset={item.index + 1}
              className={`transfer transfer-${shownState(row)}`}
              style={{ transform: `translateY(${item.start}px)` }}
            >
              <TransferItem
                row={row}
                now={now}
                limit={limit}
                busy={busyId === row.id}
                onAction={(action, id) => act.mutate({ action, target: { id } })}
              />
            </li>
          );
        })}
      </ul>
    </div>
  );
}
