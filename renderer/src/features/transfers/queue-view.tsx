import { useQuery } from '@tanstack/react-query';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { TaskAction, TaskRecord } from '../../../../shared/domain/task.js';
import { useContract } from '../../contract/contract-context.js';
import { errorMessage } from '../../contract/contract-error.js';
import { hostInfoQuery } from '../../contract/queries.js';
import { openWithApp } from '../open-download/download-notices.js';
import { recordTitle, taskMessages } from '../tasks/messages.js';
import { TaskItem } from '../tasks/task-list.js';
import { useClearFinished, useControlAll } from '../tasks/use-task-actions.js';
import { useTaskControl, useTasks } from '../tasks/use-tasks.js';
import { ActivityList } from './activity-list.js';
import { messages } from './messages.js';
import { queueOrder, summarize } from './queue-summary.js';
import { TransferItem } from './transfer-item.js';
import type { Activity } from './upload-activity.js';
import { useTransferSettings } from './use-transfer-settings.js';

function QueueToolbar({ tasks }: { tasks: readonly TaskRecord[] }) {
  const all = useControlAll();
  const clear = useClearFinished();
  const summary = summarize(tasks);
  const busy = all.isPending || clear.isPending;
  const button = (action: TaskAction, label: string) => (
    <button
      type="button"
      className="button button-small"
      disabled={busy || summary[action] === 0}
      onClick={() => all.mutate(action)}
    >
      {label}
    </button>
  );
  return (
    <div className="queue-toolbar" role="toolbar" aria-label={messages.queueActions}>
      {button('pause', messages.pauseAll)}
      {button('resume', messages.resumeAll)}
      {button('retry', messages.retryAll)}
      {button('cancel', messages.cancelAll)}
      <button
        type="button"
        className="button button-small"
        disabled={busy || summary.finished === 0}
        onClick={() => clear.mutate()}
      >
        {messages.clearFinished}
      </button>
      {(all.isError || clear.isError) && (
        <span className="transfer-error" role="alert">
          {messages.actionFailed} {errorMessage(all.error ?? clear.error)}
        </span>
      )}
    </div>
  );
}

/**
 * The activity panel's queue: one list of every task the core runs, uploads and downloads
 * among them, what needs an answer first, then the newest (`queueOrder`).
 */
export function QueueView({ activity }: { activity: readonly Activity[] }) {
  const tasks = useTasks();
  const rows = tasks.data ?? [];
  return (
    <div className="queue-view">
      <QueueToolbar tasks={rows} />
      <ActivityList items={activity} />
      {tasks.isPending && <p className="muted pad">{messages.loading}</p>}
      {tasks.isError && (
        <p className="message message-error" role="alert">
          {messages.loadFailed} {errorMessage(tasks.error)}
        </p>
      )}
      {tasks.isSuccess && rows.length === 0 && activity.length === 0 && (
        <p className="muted pad transfers-empty">{messages.empty}</p>
      )}
      {rows.length > 0 && <TaskRows tasks={rows} />}
    </div>
  );
}

const ROW_ESTIMATE = 34;

/** Hundreds of tasks: only the rows in view (and a few around) are in the page. */
function TaskRows({ tasks }: { tasks: readonly TaskRecord[] }) {
  const client = useContract();
  const control = useTaskControl();
  const limit = useTransferSettings().data?.bandwidthLimitBytesPerSec ?? null;
  // Only Electron can hand a file to the system's app; the browser host shows no Open.
  const canOpen = useQuery(hostInfoQuery(client)).data?.kind === 'electron';
  const scrollRef = useRef<HTMLDivElement>(null);
  const ordered = queueOrder(tasks);
  const virtualizer = useVirtualizer({
    count: ordered.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_ESTIMATE,
    getItemKey: (index) => ordered[index]?.id ?? index,
    overscan: 8,
  });
  const busyId = control.isPending && control.variables !== undefined ? control.variables.id : null;
  return (
    <>
      {control.isError && (
        <p className="transfer-error" role="alert">
          {taskMessages.actionFailed} {errorMessage(control.error)}
        </p>
      )}
      <div ref={scrollRef} className="transfer-scroll">
        {/* Focusable: the list scrolls, and a finished task has no button to reach it by. */}
        <ul
          className="transfer-list"
          aria-label={taskMessages.listLabel}
          tabIndex={0}
          style={{ height: virtualizer.getTotalSize() }}
        >
          {virtualizer.getVirtualItems().map((item) => {
            const task = ordered[item.index];
            if (task === undefined) return null;
            const onAction = (action: TaskAction) => control.mutate({ id: task.id, action });
            const transfer = task.transfer;
            return (
              <li
                key={task.id}
                ref={virtualizer.measureElement}
                data-index={item.index}
                aria-label={recordTitle(task)}
                aria-setsize={ordered.length}
                aria-posinset={item.index + 1}
                className={
                  transfer === null
                    ? `transfer activity ${task.state === 'failed' || task.state === 'canceled' ? 'transfer-failed' : ''}`
                    : `transfer transfer-${task.state}`
                }
                style={{ transform: `translateY(${item.start}px)` }}
              >
                {transfer === null ? (
                  <TaskItem task={task} busy={busyId === task.id} onAction={onAction} />
                ) : (
                  <TransferItem
                    task={task}
                    info={transfer}
                    limit={limit}
                    busy={busyId === task.id}
                    onAction={onAction}
                    onOpen={canOpen ? () => openWithApp(client, task.id) : undefined}
                  />
                )}
              </li>
            );
          })}
        </ul>
      </div>
    </>
  );
}
