import { taskEnded } from '../domain/task.js';
import type { TaskRecord } from '../domain/task.js';

export interface FollowTask {
  /** Sends `tasks.start` (or whatever starts the task) and answers its first record. */
  start: () => Promise<TaskRecord>;
  /** Hears every `tasks.snapshot`; answers how to stop hearing them. */
  subscribe: (listener: (record: TaskRecord) => void) => () => void;
  /** Each snapshot of this task, the first record included. */
  onSnapshot?: ((record: TaskRecord) => void) | undefined;
}

/**
 * Starts a task and resolves with its last record once it has ended. It listens before the
 * start, since a snapshot can overtake the start's own answer (or a quick task end before it),
 * and holds the others' snapshots until it knows its own id. It waits as long as the task runs:
 * the task's own requests have deadlines, and the task always ends.
 */
export async function followTask({
  start,
  subscribe,
  onSnapshot,
}: FollowTask): Promise<TaskRecord> {
  const early: TaskRecord[] = [];
  let id: string | undefined;
  let settle: ((record: TaskRecord) => void) | undefined;
  const ended = new Promise<TaskRecord>((resolve) => {
    settle = resolve;
  });
  const take = (record: TaskRecord): void => {
    if (record.id !== id) return;
    onSnapshot?.(record);
    if (taskEnded(record.state)) settle?.(record);
  };
  const unsubscribe = subscribe((record) => {
    if (id === undefined) early.push(record);
    else take(record);
  });
  try {
    const first = await start();
    id = first.id;
    // The start's answer, then what was heard meanwhile: the last of those is the newest.
    for (const record of [first, ...early.splice(0)]) take(record);
    return await ended;
  } finally {
    unsubscribe();
  }
}
