import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { taskEnded } from '../../../../shared/domain/task.js';
import type { TaskAction, TaskRecord } from '../../../../shared/domain/task.js';
import type { ContractClient } from '../../contract/contract-client.js';
import { useContract } from '../../contract/contract-context.js';
import { bucketKeys, objectKeys } from '../../contract/query-keys.js';
import { snapshotLogs } from '../transfers/recent-snapshots.js';
import { folderSizeKeys } from '../folder-size/use-folder-size.js';
import { notifyIfLongTaskEnded } from '../transfers/notify.js';
import { insertNewTasks, upsertTasks } from './task-rows.js';

export const taskKeys = { list: () => ['tasks', 'list'] as const };
const taskSnapshotsFor = snapshotLogs<TaskRecord>();

export function tasksQuery(client: ContractClient) {
  return queryOptions({
    queryKey: taskKeys.list(),
    queryFn: async () => {
      // Snapshots that arrive while the list is on its way are newer than its answer.
      const log = taskSnapshotsFor(client);
      const mark = log.mark();
      const tasks = await client.invoke('tasks.list', {});
      return upsertTasks(tasks, log.since(mark));
    },
    // Kept current by tasks.snapshot; a reload asks again.
    staleTime: Infinity,
  });
}

export function useTasks() {
  return useQuery(tasksQuery(useContract()));
}

/**
 * Subscribes once (the panel mounts it) to task snapshots and keeps the cached list current.
 * A task that ended changed what the bucket holds, so its listings (and, for a deleted bucket,
 * the bucket list) are read again.
 */
export function useTaskEvents(): void {
  const client = useContract();
  const queryClient = useQueryClient();
  useEffect(() => {
    const key = taskKeys.list();
    const log = taskSnapshotsFor(client);
    const offSnapshot = client.on('tasks.snapshot', (task) => {
      log.record(task);
      const rows = queryClient.getQueryData<TaskRecord[]>(key);
      const previous = rows?.find((row) => row.id === task.id);
      if (rows !== undefined) queryClient.setQueryData(key, upsertTasks(rows, [task]));
      notifyIfLongTaskEnded(previous, task, Date.now());
      // An upload's files show in the listing as they land, not only once the whole drop is in.
      if (task.spec.kind === 'upload' && task.itemsDone > (previous?.itemsDone ?? 0))
        void queryClient.invalidateQueries(
          { queryKey: objectKeys.bucket(task.spec.profileId, task.spec.bucket) },
          { cancelRefetch: false },
        );
      if (!taskEnded(task.state) || (previous !== undefined && taskEnded(previous.state))) return;
      // A search or a download changed nothing in the bucket.
      if (task.spec.kind === 'search' || task.spec.kind === 'download') return;
      const { profileId, bucket } = task.spec;
      // Measuring changes nothing but what is remembered about the folder.
      if (task.spec.kind === 'size') {
        void queryClient.invalidateQueries({ queryKey: folderSizeKeys.all(profileId, bucket) });
        return;
      }
      void queryClient.invalidateQueries({ queryKey: objectKeys.bucket(profileId, bucket) });
      // A copy or a move changed its target bucket too.
      if (task.spec.kind === 'copy' || task.spec.kind === 'move') {
        const { targetBucket } = task.spec;
        void queryClient.invalidateQueries({
          queryKey: objectKeys.bucket(profileId, targetBucket),
        });
      }
      if (task.spec.kind === 'emptyBucket' && task.spec.deleteBucket)
        void queryClient.invalidateQueries({ queryKey: bucketKeys.list(profileId) });
    });
    // Snapshots sent while the connection was down are lost: read the list again.
    const offReconnect = client.onReconnect(
      () => void queryClient.invalidateQueries({ queryKey: key }),
    );
    return () => {
      offSnapshot();
      offReconnect();
    };
  }, [client, queryClient]);
}

export function useTaskControl() {
  const client = useContract();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action }: { id: string; action: TaskAction }) =>
      client.invoke('tasks.control', { id, action }),
    // The reply may trail snapshots sent after it was made: it adds the task, events move it.
    onSuccess: (task) =>
      queryClient.setQueryData<TaskRecord[]>(taskKeys.list(), (rows) =>
        rows === undefined ? rows : insertNewTasks(rows, [task]),
      ),
  });
}
