import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import type { ConflictChoice } from '../../../../shared/domain/transfer-job.js';
import type { TaskAction, TaskRecord, TaskSpec } from '../../../../shared/domain/task.js';
import type { ContractClient } from '../../contract/contract-client.js';
import { useContract } from '../../contract/contract-context.js';
import { insertNewTasks, upsertTasks, withoutFinished } from './task-rows.js';
import { taskKeys } from './use-tasks.js';

function foldTasks(
  queryClient: QueryClient,
  fold: (rows: readonly TaskRecord[]) => TaskRecord[],
): void {
  queryClient.setQueryData<TaskRecord[]>(taskKeys.list(), (rows) =>
    rows === undefined ? rows : fold(rows),
  );
}

/**
 * Starts a task and shows it at once, before its first snapshot event arrives (an upload of a
 * small file may already have ended by then, and its events are newer than this answer).
 */
export async function startTask(
  client: ContractClient,
  queryClient: QueryClient,
  spec: TaskSpec,
): Promise<TaskRecord> {
  const record = await client.invoke('tasks.start', spec);
  foldTasks(queryClient, (rows) => insertNewTasks(rows, [record]));
  return record;
}

/** The toolbar's Pause all, Resume all, Retry failed and Cancel all: every task that allows it. */
export function useControlAll() {
  const client = useContract();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: TaskAction) => client.invoke('tasks.controlAll', { action }),
    onSuccess: (tasks) => foldTasks(queryClient, (rows) => upsertTasks(rows, tasks)),
  });
}

/** Forgets succeeded and canceled tasks of every kind; failed ones stay, as on the host. */
export function useClearFinished() {
  const client = useContract();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => client.invoke('tasks.clearFinished', {}),
    onSuccess: () => foldTasks(queryClient, withoutFinished),
  });
}

/** The answer to a task's question (a name that exists); the task goes on with it. */
export function useTaskAnswer() {
  const client = useContract();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (answer: { id: string; choice: ConflictChoice; applyToAll: boolean }) =>
      client.invoke('tasks.answer', answer),
    onSuccess: (task) => foldTasks(queryClient, (rows) => upsertTasks(rows, [task])),
  });
}
