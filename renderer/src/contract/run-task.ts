import { followTask } from '../../../shared/contract/follow-task.js';
import type { TaskRecord, TaskSpec } from '../../../shared/domain/task.js';
import type { ContractClient } from './contract-client.js';

export interface RunTaskOptions {
  onSnapshot?: ((record: TaskRecord) => void) | undefined;
  /** The user's Stop: cancels the task, at once or as soon as its id is known. */
  stop?: { onStop(listener: () => void): () => void } | undefined;
}

/**
 * Starts a task in the core and resolves with its last record once it has ended. The task runs
 * in the core whatever happens to the page; the activity panel shows it too.
 */
export async function runTask(
  client: ContractClient,
  spec: TaskSpec,
  { onSnapshot, stop }: RunTaskOptions = {},
): Promise<TaskRecord> {
  let id: string | undefined;
  let stopAsked = false;
  const cancel = (): void => {
    if (id === undefined) return;
    // A task that ended meanwhile refuses the cancel; its final record says how it ended.
    client.invoke('tasks.control', { id, action: 'cancel' }).catch(() => undefined);
  };
  const unhook = stop?.onStop(() => {
    stopAsked = true;
    cancel();
  });
  try {
    return await followTask({
      start: async () => {
        const first = await client.invoke('tasks.start', spec);
        id = first.id;
        if (stopAsked) cancel();
        return first;
      },
      subscribe: (listener) => client.on('tasks.snapshot', listener),
      onSnapshot,
    });
  } finally {
    unhook?.();
  }
}
