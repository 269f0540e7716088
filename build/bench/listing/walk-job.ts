import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** One invocation of the walk runner: one listing, like one CLI command of a peer. */
export const walkJobSchema = z
  .object({
    bucket: z.string(),
    prefix: z.string(),
    /** tree: folders listed in parallel; flat: one listing without delimiter, page after page. */
    mode: z.enum(['tree', 'flat']),
    concurrency: z.number().int().min(1).max(64).optional(),
  })
  .strict();
export type WalkJob = z.infer<typeof walkJobSchema>;

export const walkResultSchema = z.object({
  keys: z.number(),
  bytes: z.number(),
  maxRssKiB: z.number(),
  workMs: z.number(),
});
export type WalkResult = z.infer<typeof walkResultSchema>;

export const WALK_RUNNER_SOURCE = join(dirname(fileURLToPath(import.meta.url)), 'walk-runner.ts');
