import { ListMultipartUploadsCommand } from '@aws-sdk/client-s3';
import type { S3Client } from '@aws-sdk/client-s3';
import type { TransferJob, TransferProgress } from '../../../../shared/domain/transfer-job.js';
import { createS3Client } from '../../s3/client-factory.js';
import type { ClientSettings } from '../../s3/client-factory.js';
import { testSettings } from '../../test-support.js';
import { TransferQueue } from '../transfer-queue.js';
import { wrapRequests } from './object-requests.js';
import type { TransferQueueOptions } from '../transfer-queue.js';

export const PROFILE = 'test-profile';

/** Counts commands by name as the client sends them (every attempt counts, lean ones too). */
export function commandCounts(client: S3Client): Map<string, number> {
  const counts = new Map<string, number>();
  wrapRequests(client, ({ commandName }, next) => {
    counts.set(commandName, (counts.get(commandName) ?? 0) + 1);
    return next();
  });
  return counts;
}

export interface Harness {
  queue: TransferQueue;
  client: S3Client;
  counts: Map<string, number>;
  states: TransferJob[];
  progress: (TransferProgress & { at: number })[];
  /** Resolves with the first state event that matches. */
  waitFor(test: (job: TransferJob) => boolean, timeoutMs?: number): Promise<TransferJob>;
  waitForProgress(test: (p: TransferProgress) => boolean, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

/** A queue on a real journal folder with a counting, retry-free client like the app's. */
export function harness(
  journalDir: string,
  options: Partial<TransferQueueOptions> & { settings?: TransferQueueOptions['settings'] } = {},
  settings: ClientSettings = testSettings(),
): Harness {
  const client = createS3Client(settings, { maxAttempts: 1 });
  const counts = commandCounts(client);
  const states: TransferJob[] = [];
  const progress: (TransferProgress & { at: number })[] = [];
  const waiters: { test: (job: TransferJob) => boolean; resolve: (j: TransferJob) => void }[] = [];
  const progressWaiters: { test: (p: TransferProgress) => boolean; resolve: () => void }[] = [];
  const queue = new TransferQueue({
    journalDir,
    clientFor: () => Promise.resolve(client),
    retry: { maxAttempts: 3, baseDelayMs: 20, maxDelayMs: 100 },
    onState: (job) => {
      states.push(job);
      for (const w of [...waiters])
        if (w.test(job)) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve(job);
        }
    },
    onProgress: (p) => {
      progress.push({ ...p, at: performance.now() });
      for (const w of [...progressWaiters])
        if (w.test(p)) {
          progressWaiters.splice(progressWaiters.indexOf(w), 1);
          w.resolve();
        }
    },
    ...options,
  });
  const timeout = <T>(promise: Promise<T>, ms: number, what: string): Promise<T> =>
    Promise.race([
      promise,
      new Promise<T>((_, reject) =>
        setTimeout(() => reject(new Error(`Timed out waiting for ${what}`)), ms),
      ),
    ]);
  return {
    queue,
    client,
    counts,
    states,
    progress,
    waitFor: (test, timeoutMs = 60_000) =>
      timeout(
        new Promise((resolve) => {
          const hit = states.find(test);
          if (hit !== undefined) resolve(hit);
          else waiters.push({ test, resolve });
        }),
        timeoutMs,
        'a state',
      ),
    waitForProgress: (test, timeoutMs = 60_000) =>
      timeout(
        new Promise<void>((resolve) => progressWaiters.push({ test, resolve })),
        timeoutMs,
        'progress',
      ),
    close: async () => {
      await queue.close();
      client.destroy();
    },
  };
}

export async function openUploads(admin: S3Client, bucket: string, key: string): Promise<string[]> {
  const out = await admin.send(new ListMultipartUploadsCommand({ Bucket: bucket, Prefix: key }));
  return (out.Uploads ?? []).filter((u) => u.Key === key).map((u) => u.UploadId ?? '');
}
