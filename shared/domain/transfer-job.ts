import { z } from 'zod';
import { appErrorSchema } from '../contract/envelope.js';

export const transferStates = [
  'queued',
  'running',
  'paused',
  'succeeded',
  'failed',
  'canceled',
] as const;
export const transferStateSchema = z.enum(transferStates);
export type TransferState = z.infer<typeof transferStateSchema>;

/** What to do when the destination already exists. */
export const conflictPolicySchema = z.enum(['ask', 'overwrite', 'skip', 'keepBoth']);
export type ConflictPolicy = z.infer<typeof conflictPolicySchema>;
export const conflictChoiceSchema = z.enum(['overwrite', 'skip', 'keepBoth']);
export type ConflictChoice = z.infer<typeof conflictChoiceSchema>;

export const transferIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'is not a transfer id');

/** A key or file left alone on purpose (hostile key, symlink leaving the tree, …). */
export const refusedItemSchema = z.object({ key: z.string(), reason: z.string() });
export type RefusedItem = z.infer<typeof refusedItemSchema>;

/**
 * How a downloaded file was checked against the server's description of the object: its MD5
 * ETag, the multipart ETag recomputed from the parts, a whole-object checksum, or only its size.
 */
export const downloadChecks = ['md5', 'multipartEtag', 'sha256', 'sha1', 'crc32', 'size'] as const;
export const downloadCheckSchema = z.enum(downloadChecks);
export type DownloadCheck = z.infer<typeof downloadCheckSchema>;

/** A question waiting for an answer (`tasks.answer` on the job's task). */
export const pendingConflictSchema = z.object({
  key: z.string(),
  /** Download: the local file that exists. Upload: null (the object exists). */
  localPath: z.string().nullable(),
  /**
   * An "apply to all" answer also settles other files: the rest of a folder, or the other jobs
   * queued with this one (the files of one drop or pick).
   */
  coversOthers: z.boolean().optional(),
});

export const transferJobSchema = z.object({
  id: transferIdSchema,
  direction: z.enum(['upload', 'download']),
  /** A folder job walks a directory tree or a key prefix and runs one transfer per file. */
  kind: z.enum(['file', 'folder']),
  profileId: z.string(),
  bucket: z.string(),
  /** File: the object key. Folder: the key prefix the tree maps to. */
  key: z.string(),
  /** Upload: the source file or folder. Download: the destination file or folder. */
  localPath: z.string(),
  state: transferStateSchema,
  bytesDone: z.number(),
  bytesTotal: z.number(),
  filesDone: z.number(),
  filesTotal: z.number(),
  /** False while a folder is still being counted: the totals only grow until then. */
  totalsKnown: z.boolean(),
  conflictPolicy: conflictPolicySchema,
  conflict: pendingConflictSchema.nullable(),
  /** The first refused items (at most 1,000); `refusedCount` counts them all. */
  refused: z.array(refusedItemSchema),
  refusedCount: z.number(),
  /** Files skipped by the conflict policy or found already transferred. */
  skippedCount: z.number(),
  /** Downloads: how many files each check verified (a file job has one). */
  checks: z.partialRecord(downloadCheckSchema, z.number().int().nonnegative()),
  /** The last cause of a failure; cleared on retry. */
  error: appErrorSchema.nullable(),
  createdAt: z.string(),
  /** The upload or download task the job belongs to (journals from before tasks have none). */
  taskId: z.string().optional(),
});
export type TransferJob = z.infer<typeof transferJobSchema>;

export const transferProgressSchema = z.object({
  id: transferIdSchema,
  bytesDone: z.number(),
  bytesTotal: z.number(),
  filesDone: z.number().optional(),
  filesTotal: z.number().optional(),
  rateBytesPerSec: z.number(),
  /** Null while the rate is unknown or zero. */
  etaSeconds: z.number().nullable(),
});
export type TransferProgress = z.infer<typeof transferProgressSchema>;
