import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TransferJob } from '../../../../shared/domain/transfer-job.js';
import type { ConflictChoice } from '../../../../shared/domain/transfer-job.js';
import type { TransferTarget } from '../../../../shared/domain/transfer-request.js';
import { useContract } from '../../contract/contract-context.js';
import { transferKeys } from './transfer-keys.js';
import { withoutFinished } from './transfer-rows.js';
import type { TransferRow } from './transfer-rows.js';
import { mergeJobs } from './use-transfers.js';

export type TransferAction = 'pause' | 'resume' | 'cancel' | 'retry';

/** Per-job and all-jobs actions; the host answers snapshots, folded in before the events arrive. */
export function useTransferAction() {
  const client = useContract();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ action, target }: { action: TransferAction; target: TransferTarget }) =>
      client.invoke(`transfers.${action}`, target),
    onSuccess: (jobs: TransferJob[]) => mergeJobs(queryClient, jobs),
  });
}

export function useClearFinished() {
  const client = useContract();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => client.invoke('transfers.clearFinished', {}),
    onSuccess: () =>
      queryClient.setQueryData<TransferRow[]>(transferKeys.list(), (rows) =>
        rows === undefined ? rows : withoutFinished(rows),
      ),
  });
}

export function useResolveConflict() {
  const client = useContract();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (answer: { id: string; choice: ConflictChoice; applyToAll: boolean }) =>
      client.invoke('transfers.resolveConflict', answer),
    onSuccess: (job) => mergeJobs(queryClient, [job]),
  });
}
