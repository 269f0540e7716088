import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { TransferJob } from '../../../../shared/domain/transfer-job.js';
import type { ContractClient } from '../../contract/contract-client.js';
import { useContract } from '../../contract/contract-context.js';
import { objectKeys } from '../../contract/query-keys.js';
import { notifyIfLongJobEnded } from './notify.js';
import { transferKeys } from './transfer-keys.js';
import { recentSnapshotsFor } from './recent-snapshots.js';
import { applyProgress, insertNewJobs, upsertJobs } from './transfer-rows.js';
import type { TransferRow } from './transfer-rows.js';

export function transfersQuery(client: ContractClient) {
  return queryOptions({
    queryKey: transferKeys.list(),
    queryFn: async () => {
      const log = recentSnapshotsFor(client);
      const mark = log.mark();
      const jobs = await client.invoke('transfers.list', {});
      return upsertJobs(upsertJobs([], jobs), log.since(mark));
    },
    // Kept current by transfers.state and transfers.progress; a reload asks again.
    staleTime: Infinity,
  });
}

export function useTransfers() {
  return useQuery(transfersQuery(useContract()));
}

/** Shows jobs the host just created (enqueue replies) without waiting for their first event. */
export function mergeJobs(queryClient: QueryClient, jobs: readonly TransferJob[]): void {
  queryClient.setQueryData<TransferRow[]>(transferKeys.list(), (rows) =>
    rows === undefined ? rows : insertNewJobs(rows, jobs),
  );
}

/**
 * Subscribes once (the panel mounts it) to the queue's events and keeps the
 * cached list current. A progress event for a job we do not know means the
 * list was fetched before that job existed: fetch it again rather than guess.
 */
export function useTransferEvents(): void {
  const client = useContract();
  const queryClient = useQueryClient();
  useEffect(() => {
    const key = transferKeys.list();
    const refetch = () =>
      void queryClient.refetchQueries({ queryKey: key }, { cancelRefetch: false });
    const log = recentSnapshotsFor(client);
    const offState = client.on('transfers.state', (job) => {
      log.record(job);
      const rows = queryClient.getQueryData<TransferRow[]>(key);
      if (rows === undefined) return;
      const previous = rows.find((row) => row.id === job.id);
      queryClient.setQueryData<TransferRow[]>(key, upsertJobs(rows, [job]));
      notifyIfLongJobEnded(previous, job, Date.now());
      // New objects belong in the listing; without cancelRefetch a burst of small files refetches once.
      if (
        job.direction === 'upload' &&
        job.state === 'succeeded' &&
        previous?.state !== 'succeeded'
      )
        void queryClient.invalidateQueries(
          { queryKey: objectKeys.bucket(job.profileId, job.bucket) },
          { cancelRefetch: false },
        );
    });
    const offProgress = client.on('transfers.progress', (progress) => {
      const rows = queryClient.getQueryData<TransferRow[]>(key);
      if (rows === undefined) return;
      const next = applyProgress(rows, progress);
      if (next === undefined) refetch();
      else queryClient.setQueryData<TransferRow[]>(key, next);
    });
    return () => {
      offState();
      offProgress();
    };
  }, [client, queryClient]);
}
