import { z } from 'zod';
import { taskIdSchema } from '../../domain/task.js';
import {
  orphanCleanupResultSchema,
  orphanCleanupSchema,
  orphanUploadSchema,
} from '../../domain/transfer-request.js';
import { transferSettingsSchema } from '../../domain/transfer-settings.js';

const empty = z.object({}).strict();

export const transfersChannels = {
  /**
   * Opens a finished download of one file with the system's app for its type. Takes the
   * download task's id, never a path: the host opens the file it wrote itself. The browser host
   * answers UnavailableInHost.
   */
  'transfers.openFile': {
    input: z.object({ id: taskIdSchema }).strict(),
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
