import { z } from 'zod';
import {
  transferIdSchema,
  transferJobSchema,
  transferProgressSchema,
} from '../../domain/transfer-job.js';
import {
  enqueueDownloadSchema,
  enqueueUploadSchema,
  orphanCleanupResultSchema,
  orphanCleanupSchema,
  orphanUploadSchema,
  refusedListSchema,
  resolveConflictSchema,
  transferTargetSchema,
} from '../../domain/transfer-request.js';
import { transferSettingsSchema } from '../../domain/transfer-settings.js';

const empty = z.object({}).strict();
const jobs = z.array(transferJobSchema);

export const transfersChannels = {
  /** Each path a file or a folder; folders expand lazily into one transfer per file. */
  'transfers.enqueueUpload': { input: enqueueUploadSchema, output: jobs },
  /** Keys refused as destinations (they would leave the folder) come back, never written. */
  'transfers.enqueueDownload': {
    input: enqueueDownloadSchema,
    output: z.object({ jobs, refused: refusedListSchema }),
  },
  'transfers.list': { input: empty, output: jobs },
  /** Stops in-flight requests; the multipart upload or temporary file is kept for resume. */
  'transfers.pause': { input: transferTargetSchema, output: jobs },
  'transfers.resume': { input: transferTargetSchema, output: jobs },
  /** Aborts the multipart upload on the server and deletes temporary files. */
  'transfers.cancel': { input: transferTargetSchema, output: jobs },
  /** Re-runs a failed job from where it stopped. */
  'transfers.retry': { input: transferTargetSchema, output: jobs },
  /** Forgets succeeded and canceled jobs; failed ones stay until retried or canceled. */
  'transfers.clearFinished': { input: empty, output: z.object({ cleared: z.number() }) },
  'transfers.resolveConflict': { input: resolveConflictSchema, output: transferJobSchema },
  /**
   * Opens a finished file download with the system's app for its type. Takes the transfer's
   * id, never a path: the host opens the file it wrote itself. The browser host answers
   * UnavailableInHost.
   */
  'transfers.openFile': {
    input: z.object({ id: transferIdSchema }).strict(),
    output: z.object({ opened: z.literal(true) }),
  },
  'transfers.settings.get': { input: empty, output: transferSettingsSchema },
  'transfers.settings.set': {
    input: transferSettingsSchema.partial().strict(),
    output: transferSettingsSchema,
  },
  /** Multipart uploads the journal knows that no running job is using. */
  'transfers.orphans.list': { input: empty, output: z.array(orphanUploadSchema) },
  'transfers.orphans.cleanup': { input: orphanCleanupSchema, output: orphanCleanupResultSchema },
} as const;

export const transfersEvents = {
  /** At most a few per second per job. */
  'transfers.progress': transferProgressSchema,
  /** Sent at once on every state change: the job's snapshot. */
  'transfers.state': transferJobSchema,
} as const;
