import { z } from 'zod';
import type { ClientSettings } from '../../../electron/core/s3/client-factory.js';
import { defaultTransferSettings } from '../../../shared/domain/transfer-settings.js';

export const OPS = ['upload-big', 'download-big', 'upload-small', 'download-small'] as const;
export type Op = (typeof OPS)[number];

/** The engine knobs a run may turn; undefined part size means the engine's own plan. */
export const engineSettingsSchema = z
  .object({
    fileConcurrency: z.number().int().min(1).max(256),
    partConcurrency: z.number().int().min(1).max(64),
    requestLimit: z.number().int().min(1).max(256),
    partSizeMiB: z.number().int().min(5).max(5120).optional(),
    /** Journal a `job` and an `end` line per file, as the transfer queue must to resume. */
    jobLines: z.boolean().default(true),
  })
  .strict();
export type EngineSettings = z.infer<typeof engineSettingsSchema>;

/** What the app ships today (shared/domain/transfer-settings.ts, part-plan.ts). */
export const SHIPPED_SETTINGS: EngineSettings = {
  fileConcurrency: defaultTransferSettings.concurrency,
  partConcurrency: defaultTransferSettings.partConcurrency,
  requestLimit: defaultTransferSettings.requestLimit,
  jobLines: true,
};

/**
 * The settings this benchmark recommends as defaults, and uses for the headline row; the app
 * now ships them. From `--explore 2` on 2 shared cores (docs/benchmarks.md): 3 small files at
 * a time left the server idle between requests (16 at once: ~1.3x files/s up). 8 or 16
 * parts/ranges per file moved 1 GiB no faster than 4 beyond the run-to-run noise (~10%) but
 * cost up to ~15 MiB of RSS, so 4 stays; so does the request limit (16), which caps the sockets.
 */
export const RECOMMENDED_SETTINGS: EngineSettings = SHIPPED_SETTINGS;

/** One invocation of the Holdall runner: one operation, like one CLI command of a peer. */
export const holdallJobSchema = z
  .object({
    op: z.enum(OPS),
    bucket: z.string().min(3),
    /** The object key (big) or the key prefix ending in "/" (small files). */
    key: z.string().min(1),
    /** The local file (big) or directory (small files). */
    path: z.string().min(1),
    settings: engineSettingsSchema,
  })
  .strict();
export type HoldallJob = z.infer<typeof holdallJobSchema>;

/** The runner's last stdout line. */
export const holdallResultSchema = z
  .object({
    maxRssKiB: z.number().int().nonnegative(),
    /** Time inside the engine, without Node's start-up and imports. */
    workMs: z.number().nonnegative(),
    files: z.number().int().nonnegative(),
    bytes: z.number().int().nonnegative(),
  })
  .strict();
export type HoldallResult = z.infer<typeof holdallResultSchema>;

/** Endpoint and keys travel by environment, never argv (visible in `ps`). */
export const RUNNER_ENV = {
  endpoint: 'HOLDALL_BENCH_ENDPOINT',
  region: 'HOLDALL_BENCH_REGION',
  accessKeyId: 'HOLDALL_BENCH_ACCESS_KEY_ID',
  secretAccessKey: 'HOLDALL_BENCH_SECRET_ACCESS_KEY',
} as const;

/** The runner's connection, from the environment the bench sets (never from the user's). */
export function runnerClientSettings(env: NodeJS.ProcessEnv): ClientSettings {
  const need = (name: string): string => {
    const value = env[name];
    if (value === undefined || value === '') throw new Error(`${name} is not set`);
    return value;
  };
  return {
    provider: 'ceph',
    addressing: 'path',
    endpoint: need(RUNNER_ENV.endpoint),
    region: need(RUNNER_ENV.region),
    accessKeyId: need(RUNNER_ENV.accessKeyId),
    secretAccessKey: need(RUNNER_ENV.secretAccessKey),
  };
}
