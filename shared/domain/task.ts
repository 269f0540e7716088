import { z } from 'zod';
import { appErrorSchema } from '../contract/envelope.js';
import { copyTaskSpecSchema, moveTaskSpecSchema, transferResultSchema } from './copy-task.js';
import { deleteTaskSpecSchema } from './delete-task.js';
import { folderSizeSchema, sizeSpecSchema } from './folder-size.js';
import { bucketNameSchema } from './listing.js';
import { keyPrefixSchema } from './object-key.js';
import { profileIdSchema } from './profile.js';
import { searchCriteriaSchema } from './search.js';
import {
  compareResultSchema,
  compareSpecSchema,
  syncResultSchema,
  syncSpecSchema,
} from './sync.js';
import {
  downloadTaskSpecSchema,
  taskQuestionSchema,
  transferTaskInfoSchema,
  uploadTaskSpecSchema,
} from './transfer-task.js';

/**
 * What `tasks.start` takes: one branch per kind (told apart by `kind`), which is also the task's
 * target. A plain union rather than zod's discriminated one: that stops at a missing or unknown
 * `kind`, while the dispatcher names every bad field of the branch closest to the input.
 */
export const taskSpecSchema = z.union([
  deleteTaskSpecSchema,
  /** Every object and every unfinished multipart upload; then the bucket itself if asked. */
  z
    .object({
      kind: z.literal('emptyBucket'),
      profileId: profileIdSchema,
      bucket: bucketNameSchema,
      deleteBucket: z.boolean(),
    })
    .strict(),
  sizeSpecSchema,
  /** Keys under a prefix ('' is the whole bucket) that meet the criteria; read by tasks.results. */
  z
    .object({
      kind: z.literal('search'),
      profileId: profileIdSchema,
      bucket: bucketNameSchema,
      prefix: keyPrefixSchema,
      criteria: searchCriteriaSchema,
    })
    .strict(),
  copyTaskSpecSchema,
  moveTaskSpecSchema,
  /** A local folder (by grant) against a prefix; the differences are read by tasks.results. */
  compareSpecSchema,
  /** Copies what differs one way; a mirror deletes only its confirmed list. */
  syncSpecSchema,
  /** Files and folders (by read grant) to a prefix; run by the transfer engine. */
  uploadTaskSpecSchema,
  /** Keys or a prefix to a folder (by write grant); run by the transfer engine. */
  downloadTaskSpecSchema,
]);
export type TaskSpec = z.infer<typeof taskSpecSchema>;
export type TaskKind = TaskSpec['kind'];

export const taskStates = [
  'queued',
  'running',
  /** Running, but nothing advanced for a while: the server may be slow or unreachable. */
  'stalled',
  /** Waiting for an answer to its question (a transfer's conflict): see `question`. */
  'waiting',
  'paused',
  'succeeded',
  'failed',
  'canceled',
] as const;
export const taskStateSchema = z.enum(taskStates);
export type TaskState = z.infer<typeof taskStateSchema>;

export const taskActions = ['cancel', 'pause', 'resume', 'retry'] as const;
export const taskActionSchema = z.enum(taskActions);
export type TaskAction = z.infer<typeof taskActionSchema>;

export const taskIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'is not a task id');

/** One item the task could not do (a key the server refused to delete). */
export const taskProblemSchema = z.object({
  item: z.string(),
  code: z.string(),
  message: z.string(),
});
export type TaskProblem = z.infer<typeof taskProblemSchema>;

/** How many problems a record carries; `problemCount` counts them all. */
export const MAX_TASK_PROBLEMS = 100;

/** What a finished task found, by kind; kinds that only change things have none. */
export const taskResultSchema = z.discriminatedUnion('kind', [
  folderSizeSchema,
  transferResultSchema,
  compareResultSchema,
  syncResultSchema,
]);
export type TaskResult = z.infer<typeof taskResultSchema>;

export const taskRecordSchema = z.object({
  id: taskIdSchema,
  spec: taskSpecSchema,
  state: taskStateSchema,
  itemsDone: z.number(),
  /** Null until known: a delete lists as it goes and never knows its total. */
  itemsTotal: z.number().nullable(),
  bytesDone: z.number(),
  bytesTotal: z.number().nullable(),
  itemsPerSecond: z.number(),
  bytesPerSecond: z.number(),
  /** Null without a total or a rate. */
  etaSeconds: z.number().nullable(),
  problems: z.array(taskProblemSchema),
  problemCount: z.number(),
  /** Kinds that find things (search): how many so far, and whether the cap stopped the task. */
  results: z.object({ count: z.number(), capped: z.boolean() }).nullable(),
  /** The cause of a failure; cleared on retry. */
  error: appErrorSchema.nullable(),
  /** Set when a task that finds something succeeded; null otherwise. */
  result: taskResultSchema.nullable(),
  /** The actions that mean something in this state, for this kind. */
  controls: z.array(taskActionSchema),
  createdAt: z.string(),
  endedAt: z.string().nullable(),
  /** What the task asks; non-null exactly while the state is 'waiting'. */
  question: taskQuestionSchema.nullable(),
  /** Uploads and downloads: what their row shows beyond the rest; null for other kinds. */
  transfer: transferTaskInfoSchema.nullable(),
});
export type TaskRecord = z.infer<typeof taskRecordSchema>;

/** States a task does not leave by itself. */
export function taskEnded(state: TaskState): boolean {
  return state === 'succeeded' || state === 'failed' || state === 'canceled';
}
