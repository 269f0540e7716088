import { z } from 'zod';
import {
  taskActionSchema,
  taskIdSchema,
  taskRecordSchema,
  taskSpecSchema,
} from '../../domain/task.js';

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
} as const;

export const tasksEvents = {
  /** One task's whole record: at once on a state change, a few per second while it advances. */
  'tasks.snapshot': taskRecordSchema,
} as const;
