import { followTask } from '../../../shared/contract/follow-task.js';
import type { TaskRecord, TaskSpec } from '../../../shared/domain/task.js';
import { CliError } from '../cli-session.js';
import type { CliSession } from '../cli-session.js';
import { exitCodeFor } from '../exit-codes.js';
import type { Output } from '../output.js';

/**
 * Runs one task of the core to its end, counting on a terminal. A task that failed without
 * naming items throws its error; one that named items is left to the caller to report.
 */
export async function runTask(
  session: CliSession,
  out: Output,
  spec: TaskSpec,
  counting: (itemsDone: number, task: TaskRecord) => string,
): Promise<TaskRecord> {
  let task: TaskRecord;
  try {
    task = await followTask({
      start: () => session.call('tasks.start', spec),
      subscribe: (listener) =>
        session.listen((event, payload) => {
          if (event === 'tasks.snapshot') listener(payload as TaskRecord);
        }),
      onSnapshot: (record) => out.progress(counting(record.itemsDone, record)),
    });
  } finally {
    out.endProgress();
  }
  if (task.state !== 'succeeded' && task.problemCount === 0 && task.error !== null)
    throw new CliError(task.error.message, exitCodeFor(task.error.code));
  return task;
}
