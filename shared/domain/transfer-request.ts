import { z } from 'zod';
import { transferIdSchema } from './transfer-job.js';
import type { DownloadTaskSpec, UploadTaskSpec } from './transfer-task.js';

/** Absolute in either OS's sense; the host checks the file itself. */
export const absolutePathSchema = z
  .string()
  .min(1, 'is required')
  .max(4096)
  .refine((p) => !p.includes('\0'), 'must not contain NUL')
  .refine((p) => p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p) || p.startsWith('\\\\'), {
    message: 'must be an absolute path',
  });

/** Each call makes at most this many jobs; folders expand lazily and count once. */
export const MAX_ITEMS_PER_ENQUEUE = 10_000;

/** What the transfer engine takes for a task's request (the task spec without its kind). */
export type EnqueueUpload = Omit<UploadTaskSpec, 'kind'>;
export type EnqueueDownload = Omit<DownloadTaskSpec, 'kind'>;

/** Most actions address one job or all of them. */
export const transferTargetSchema = z.union([
  z.object({ id: transferIdSchema }).strict(),
  z.object({ all: z.literal(true) }).strict(),
]);
export type TransferTarget = z.infer<typeof transferTargetSchema>;

export const orphanUploadSchema = z.object({
  profileId: z.string(),
  bucket: z.string(),
  key: z.string(),
  uploadId: z.string(),
  /** When the job that started it was queued. */
  initiated: z.string(),
});
export type OrphanUpload = z.infer<typeof orphanUploadSchema>;

export const orphanCleanupSchema = z.union([
  z.object({ all: z.literal(true) }).strict(),
  z.object({ uploadIds: z.array(z.string().min(1).max(1024)).min(1).max(10_000) }).strict(),
]);

export const orphanCleanupResultSchema = z.object({
  aborted: z.number(),
  errors: z.array(z.object({ uploadId: z.string(), code: z.string(), message: z.string() })),
});
export type OrphanCleanupResult = z.infer<typeof orphanCleanupResultSchema>;
