import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { TaskRecord } from '../../../../shared/domain/task.js';
import type { ContractClient } from '../../contract/contract-client.js';
import { useContract } from '../../contract/contract-context.js';
import { errorMessage } from '../../contract/contract-error.js';
import { hostInfoQuery } from '../../contract/queries.js';
import { NoticeRegion } from '../../ui/notice-region.js';
import { showNotice } from '../../ui/notices.js';
import { recordTitle } from '../tasks/messages.js';
import { taskKeys, useTasks } from '../tasks/use-tasks.js';
import { onWatchDownloads, takeEnded } from '../transfers/finished-downloads.js';
import { openMessages as m } from './messages.js';

/** Opens the one file a download task wrote with the system's app (Electron only). */
export function openWithApp(client: ContractClient, id: string): void {
  client.invoke('transfers.openFile', { id }).catch((error: unknown) => {
    showNotice({ text: m.openFailed(errorMessage(error)), tone: 'error' });
  });
}

/** A download of one key (not a folder, not several): its notice names the file. */
function oneFile(task: TaskRecord): boolean {
  const { spec } = task;
  return spec.kind === 'download' && spec.prefix === undefined && spec.keys?.length === 1;
}

function confirm(task: TaskRecord, client: ContractClient, canOpen: boolean): void {
  const info = task.transfer;
  if (task.state !== 'succeeded' || info === null || info.skipped > 0) return;
  const name = recordTitle(task);
  if (!oneFile(task)) {
    const text =
      info.name === null
        ? m.downloadedFiles(task.itemsDone)
        : m.downloadedFolder(name, task.itemsDone);
    showNotice({ text, tone: 'success' });
    return;
  }
  showNotice({
    text: m.downloaded(name),
    tone: 'success',
    // Only Electron can hand a file to the system's app; the browser host hides the button.
    ...(canOpen && info.openable
      ? { action: { label: m.open, run: () => openWithApp(client, task.id) } }
      : {}),
  });
}

/**
 * The window's notices, and the one that confirms each download this window started once it
 * finished (the activity panel may be collapsed, so success would otherwise go unseen).
 */
export function DownloadNotices() {
  const client = useContract();
  const tasks = useTasks();
  const canOpen = useQuery(hostInfoQuery(client)).data?.kind === 'electron';
  const queryClient = useQueryClient();
  useEffect(() => {
    for (const task of takeEnded(tasks.data ?? [])) confirm(task, client, canOpen);
  }, [tasks.data, client, canOpen]);
  // A task may have ended before the start's answer began watching it: look again then.
  useEffect(
    () =>
      onWatchDownloads(() => {
        const rows = queryClient.getQueryData<TaskRecord[]>(taskKeys.list()) ?? [];
        for (const task of takeEnded(rows)) confirm(task, client, canOpen);
      }),
    [queryClient, client, canOpen],
  );
  return <NoticeRegion dismissLabel={m.dismiss} />;
}
