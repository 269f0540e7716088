import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

export const FLOOR_RUNNER_SOURCE = join(dirname(fileURLToPath(import.meta.url)), 'floor-runner.ts');

/**
 * How much a download does beyond the signed GETs themselves:
 * - `get`: the bytes are received and dropped (what Node's HTTP client and SigV4 cost alone);
 * - `write`: written straight under their final names, nothing checked (what rclone does);
 * - `checked`: MD5-checked against the ETag, through an exclusive temporary file moved into
 *   place (Holdall's guarantees, without its engine: no journal, retries, limits or events).
 */
export const FLOOR_MODES = ['get', 'write', 'checked'] as const;
export type FloorMode = (typeof FLOOR_MODES)[number];

export const floorJobSchema = z
  .object({
    mode: z.enum(FLOOR_MODES),
    bucket: z.string().min(3),
    /** A key prefix ending in "/" (every object under it) or one object's key. */
    key: z.string().min(1),
    /** The directory (prefix) or file (one key) to write. */
    path: z.string().min(1),
    /** Requests at once; a big object is fetched in ranges of `rangeBytes`. */
    concurrency: z.number().int().min(1).max(64),
    rangeBytes: z.number().int().min(1),
  })
  .strict();
export type FloorJob = z.infer<typeof floorJobSchema>;
