import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { TransferJob } from '../../../../shared/domain/transfer-job.js';
import type { ContractClient } from '../../contract/contract-client.js';
import { useContract } from '../../contract/contract-context.js';
import { errorMessage } from '../../contract/contract-error.js';
import { hostInfoQuery } from '../../contract/queries.js';
import { NoticeRegion } from '../../ui/notice-region.js';
import { showNotice } from '../../ui/notices.js';
import { onWatchDownloads, takeEnded } from '../transfers/finished-downloads.js';
import { transferKeys } from '../transfers/transfer-keys.js';
import type { TransferRow } from '../transfers/transfer-rows.js';
import { jobName } from '../transfers/transfer-rows.js';
import { useTransfers } from '../transfers/use-transfers.js';
import { openMessages as m } from './messages.js';

function openWithApp(client: ContractClient, id: string): void {
  client.invoke('transfers.openFile', { id }).catch((error: unknown) => {
    showNotice({ text: m.openFailed(errorMessage(error)), tone: 'error' });
  });
}

function confirm(job: TransferJob, client: ContractClient, canOpen: boolean): void {
  if (job.state !== 'succeeded' || job.skippedCount > 0) return;
  const name = jobName(job);
  if (job.kind === 'folder') {
    showNotice({ text: m.downloadedFolder(name, job.filesDone), tone: 'success' });
    return;
  }
  showNotice({
    text: m.downloaded(name),
    tone: 'success',
    // Only Electron can hand a file to the system's app; the browser host hides the button.
    ...(canOpen ? { action: { label: m.open, run: () => openWithApp(client, job.id) } } : {}),
  });
}

/**
 * The window's notices, and the one that confirms each download this window started once it
 * finished (the transfers panel may be collapsed, so success would otherwise go unseen).
 */
export function DownloadNotices() {
  const client = useContract();
  const transfers = useTransfers();
  const canOpen = useQuery(hostInfoQuery(client)).data?.kind === 'electron';
  const queryClient = useQueryClient();
  useEffect(() => {
    for (const job of takeEnded(transfers.data ?? [])) confirm(job, client, canOpen);
  }, [transfers.data, client, canOpen]);
  // A job may have ended before the enqueue's answer started watching it: look again then.
  useEffect(
    () =>
      onWatchDownloads(() => {
        const rows = queryClient.getQueryData<TransferRow[]>(transferKeys.list()) ?? [];
        for (const job of takeEnded(rows)) confirm(job, client, canOpen);
      }),
    [queryClient, client, canOpen],
  );
  return <NoticeRegion dismissLabel={m.dismiss} />;
}
