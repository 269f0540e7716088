import { z } from 'zod';
import {
  taskActionSchema,
  taskIdSchema,
  taskRecordSchema,
  taskSpecSchema,
} from '../../domain/task.js';
import { MAX_RESULTS_PAGE, searchMatchSchema } from '../../domain/search.js';
import { syncDifferenceSchema } from '../../domain/sync.js';
import { conflictChoiceSchema } from '../../domain/transfer-job.js';

export const tasksChannels = {
  /** Queues long work owned by the core; the answer is the task's first snapshot. */
  'tasks.start': { input: taskSpecSchema, output: taskRecordSchema },
  /** Every task of this run of the core, the newest finished ones included. */
  'tasks.list': { input: z.object({}).strict(), output: z.array(taskRecordSchema) },
  /** An action from the record's `controls`; any other is InvalidInput naming the state. */
  'tasks.control': {
    input: z.object({ id: taskIdSchema, action: taskActionSchema }).strict(),
    output: taskRecordSchema,
  },
  /** What a finding task (search) found so far, a page from `cursor` (a count of results) on. */
  'tasks.results': {
    input: z
      .object({
        id: taskIdSchema,
        cursor: z.number().int().nonnegative(),
        limit: z.number().int().min(1).max(MAX_RESULTS_PAGE).optional(),
      })
      .strict(),
    output: z.object({
      items: z.array(searchMatchSchema),
      next: z.number(),
      count: z.number(),
      capped: z.boolean(),
      /** A compare's or sync's differences (its `items` stay empty). */
      differences: z.array(syncDifferenceSchema).optional(),
    }),
  },
  /**
   * Answers a waiting task's question (a transfer's conflict); `applyToAll` settles the rest
   * of the task's files the same way. InvalidInput naming the state when nothing is asked.
   */
  'tasks.answer': {
    input: z
      .object({
        id: taskIdSchema,
        choice: conflictChoiceSchema,
        applyToAll: z.boolean().default(false),
      })
      .strict(),
    output: taskRecordSchema,
  },
  /** The action on every task (any kind) whose controls include it: Pause all, Cancel all… */
  'tasks.controlAll': {
    input: z.object({ action: taskActionSchema }).strict(),
    output: z.array(taskRecordSchema),
  },
  /** Forgets succeeded and canceled tasks of every kind; failed ones stay until retried. */
  'tasks.clearFinished': {
    input: z.object({}).strict(),
    output: z.object({ cleared: z.number() }),
  },
} as const;

export const tasksEvents = {
  /** One task's whole record: at once on a state change, a few per second while it advances. */
  'tasks.snapshot': taskRecordSchema,
} as const;
