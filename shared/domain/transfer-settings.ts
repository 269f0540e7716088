import { z } from 'zod';

export const transferSettingsSchema = z
  .object({
    /** Files transferring at once, over all jobs. */
    concurrency: z.number().int().min(1).max(32),
    /** Parts or ranges of one file in flight at once. */
    partConcurrency: z.number().int().min(1).max(32),
    /** Requests in flight at once over every transfer. */
    requestLimit: z.number().int().min(1).max(256),
    /** Shared by every transfer, both directions; null means no limit. */
    bandwidthLimitBytesPerSec: z
      .number()
      .int()
      .min(16 * 1024, 'must be at least 16 KiB/s')
      .nullable(),
  })
  .strict();
export type TransferSettings = z.infer<typeof transferSettingsSchema>;

/**
 * From the transfer benchmark (docs/benchmarks.md): fewer files at once leave the server idle
 * between small requests; 16 moved ~1.3× the files per second of 3 for ~10 MiB more memory.
 */
export const defaultTransferSettings: TransferSettings = {
  concurrency: 16,
  partConcurrency: 4,
  requestLimit: 16,
  bandwidthLimitBytesPerSec: null,
};
