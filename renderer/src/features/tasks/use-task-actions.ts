import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import type { ConflictChoice } from '../../../../shared/domain/transfer-job.js';
import type { TaskAction, TaskRecord, TaskSpec } from '../../../../shared/domain/task.js';
import type { ContractClient } from '../../contract/contract-client.js';
import { useContract } from '../../contract/contract-context.js';
import { insertNewTasks, withoutFinished } from './task-rows.js';
import { taskKeys } from './use-tasks.js';

/**
 * Folds replies into the list. Replies come over HTTP and may trail the snapshot events sent
 * after they were made (an answered question's files may all have landed already), so they
 * only add tasks not seen yet; a known task's state comes from its ordered events.
 */
function addReplies(queryClient: QueryClient, records: readonly TaskRecord[]): void {
  queryClient.setQueryData<TaskRecord[]>(taskKeys.list(), (rows) =>
    rows === undefined ? rows : insertNewTasks(rows, records),
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
  addReplies(queryClient, [record]);
  return record;
}

/** The toolbar's Pause all, Resume all, Retry failed and Cancel all: every task that allows it. */
export function useControlAll() {
  const client = useContract();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: TaskAction) => client.invoke('tasks.controlAll', { action }),
    onSuccess: (tasks) => addReplies(queryClient, tasks),
  });
}

/** Forgets succeeded and canceled tasks of every kind; failed ones stay, as on the host. */
export function useClearFinished() {
  const client = useContract();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => client.invoke('tasks.clearFinished', {}),
    onSuccess: () =>
      queryClient.setQueryData<TaskRecord[]>(taskKeys.list(), (rows) =>
        rows === undefined ? rows : withoutFinished(rows),
      ),
  });
}

/** The answer to a task's question (a name that exists); the task goes on with it. */
export function useTaskAnswer() {
  const client = useContract();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (answer: { id: string; choice: ConflictChoice; applyToAll: boolean }) =>
      client.invoke('tasks.answer', answer),
    onSuccess: (task) => addReplies(queryClient, [task]),
  });
}
