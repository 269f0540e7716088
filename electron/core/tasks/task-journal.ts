import { z } from 'zod';
import { appErrorSchema } from '../../../shared/contract/envelope.js';
import type { AppErrorShape } from '../../../shared/contract/envelope.js';
import {
  MAX_TASK_PROBLEMS,
  taskIdSchema,
  taskProblemSchema,
  taskSpecSchema,
} from '../../../shared/domain/task.js';
import type { TaskProblem, TaskSpec } from '../../../shared/domain/task.js';
import { JsonLinesLog } from '../fs/json-lines-log.js';

const FILE_NAME = 'tasks.jsonl';
const id = taskIdSchema;
const count = z.number().int().nonnegative();

/** One line of the task journal: small facts appended as they happen; a task is their fold. */
export const taskEntrySchema = z.discriminatedUnion('t', [
  z.object({
    t: z.literal('task'),
    id,
    spec: taskSpecSchema,
    createdAt: z.string(),
    /** The local folder behind a compare's or sync's grant: grants do not outlive the app. */
    local: z.string().optional(),
  }),
  z.object({
    t: z.literal('progress'),
    id,
    itemsDone: count,
    bytesDone: count,
    problems: z.array(taskProblemSchema).max(MAX_TASK_PROBLEMS),
    problemCount: count,
  }),
  /** Paused (true) or taken up again (false) by the user. */
  z.object({ t: z.literal('hold'), id, paused: z.boolean() }),
  /** A failed or canceled task queued again: its end no longer counts. */
  z.object({ t: z.literal('retry'), id }),
  z.object({
    t: z.literal('end'),
    id,
    state: z.enum(['succeeded', 'failed', 'canceled']),
    error: appErrorSchema.optional(),
  }),
]);
export type TaskEntry = z.infer<typeof taskEntrySchema>;

export interface JournaledTask {
  id: string;
  spec: TaskSpec;
  createdAt: string;
  local?: string | undefined;
  itemsDone: number;
  bytesDone: number;
  problems: TaskProblem[];
  problemCount: number;
  paused: boolean;
  end:
    { state: 'succeeded' | 'failed' | 'canceled'; error?: AppErrorShape | undefined } | undefined;
}

/** Folds entries into tasks, in the order they were started; lines of unknown tasks are ignored. */
export function foldTasks(entries: Iterable<TaskEntry>): Map<string, JournaledTask> {
  const tasks = new Map<string, JournaledTask>();
  for (const entry of entries) {
    if (entry.t === 'task') {
      tasks.set(entry.id, {
        id: entry.id,
        spec: entry.spec,
        createdAt: entry.createdAt,
        local: entry.local,
        itemsDone: 0,
        bytesDone: 0,
        problems: [],
        problemCount: 0,
        paused: false,
        end: undefined,
      });
      continue;
    }
    const task = tasks.get(entry.id);
    if (task === undefined) continue;
    if (entry.t === 'progress') {
      task.itemsDone = entry.itemsDone;
      task.bytesDone = entry.bytesDone;
      task.problems = entry.problems;
      task.problemCount = entry.problemCount;
    } else if (entry.t === 'hold') task.paused = entry.paused;
    else if (entry.t === 'retry') task.end = undefined;
    else task.end = { state: entry.state, error: entry.error };
  }
  return tasks;
}

/** The lines that recreate an unfinished task, for compaction. */
function entriesOf(task: JournaledTask): TaskEntry[] {
  const { id: taskId, spec, createdAt, itemsDone, bytesDone, problems, problemCount } = task;
  const out: TaskEntry[] = [
    {
      t: 'task',
      id: taskId,
      spec,
      createdAt,
      ...(task.local === undefined ? {} : { local: task.local }),
    },
  ];
  out.push({ t: 'progress', id: taskId, itemsDone, bytesDone, problems, problemCount });
  if (task.paused) out.push({ t: 'hold', id: taskId, paused: true });
  return out;
}

function unfinished(entries: TaskEntry[]): JournaledTask[] {
  return [...foldTasks(entries).values()].filter((task) => task.end === undefined);
}

/**
 * The durable record of tasks, beside the transfer queue's and with the same file mechanics:
 * a restart finds every task that had not ended, with its progress and whether it was paused.
 */
export class TaskJournal {
  readonly #log: JsonLinesLog<TaskEntry>;

  private constructor(log: JsonLinesLog<TaskEntry>) {
    this.#log = log;
  }

  /** Opens the journal, compacts away ended tasks, and returns the others. */
  static async open(
    dir: string,
  ): Promise<{ journal: TaskJournal; unfinished: JournaledTask[]; skipped: number }> {
    const { log, entries, skipped } = await JsonLinesLog.open(
      dir,
      FILE_NAME,
      taskEntrySchema,
      (all) => unfinished(all).flatMap(entriesOf),
    );
    return { journal: new TaskJournal(log), unfinished: unfinished(entries), skipped };
  }

  record(entry: TaskEntry): Promise<void> {
    return this.#log.record(entry);
  }

  async read(): Promise<Map<string, JournaledTask>> {
    return foldTasks(await this.#log.read());
  }
}
