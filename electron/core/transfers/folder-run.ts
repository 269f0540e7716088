import { setMaxListeners } from 'node:events';
import type { S3Client } from '@aws-sdk/client-s3';
import { countFolder, folderFiles } from './folder-source.js';
import type { FolderSpec, LiveFolders } from './folder-source.js';
import type { FileTask } from './file-task.js';
import type { RetryPolicy } from './retry.js';
import type { TaskOutcome } from './run-file-task.js';
import type { Slots } from './slots.js';
import type { JobRecord } from './transfer-job-record.js';
import { UnwritableItem } from './unwritable-item.js';

/** What a folder job's run needs from the queue that owns it. */
export interface FolderRunEnv {
  slots: Slots;
  liveFolders: LiveFolders | undefined;
  /** Whether the folder's totals are counted beside the transfer (see TransferQueueOptions). */
  countFolders: boolean;
  retry: RetryPolicy | undefined;
  markRunning(job: JobRecord): void;
  runTask(job: JobRecord, task: FileTask, signal: AbortSignal): Promise<TaskOutcome>;
  count(job: JobRecord, task: FileTask, outcome: TaskOutcome): void;
}

/** A file left out still ends its share of the folder's files and bytes, like a skipped one. */
function countRefused(job: JobRecord, task: FileTask): void {
  job.snap.filesDone++;
  job.addBytes(Math.max(0, task.size) - task.counted);
  task.counted = Math.max(0, task.size);
}

/** The folder's totals, counted beside the transfer; a failed count only loses the totals. */
function startCounting(
  job: JobRecord,
  spec: FolderSpec,
  client: S3Client,
  live: LiveFolders | undefined,
): void {
  if (job.countStarted) return;
  job.countStarted = true;
  countFolder(
    spec,
    client,
    job.snap.bucket,
    job.counting.signal,
    (files, bytes) => {
      job.snap.filesTotal = files;
      job.snap.bytesTotal = bytes;
      job.throttle.poke();
    },
    live,
  ).then(
    () => {
      job.snap.totalsKnown = true;
      job.throttle.poke();
    },
    // Only the totals are lost (shown as "at least"); the transfer itself goes on.
    () => undefined,
  );
}

/**
 * Walks a folder job's tree and runs each file in a slot of the queue: only files in flight
 * exist as tasks. A file that cannot be written is refused on its own; any other failure stops
 * its siblings and the walk, and the job fails with that cause.
 */
export async function runFolderJob(
  env: FolderRunEnv,
  job: JobRecord,
  spec: FolderSpec,
  client: S3Client,
  signal: AbortSignal,
): Promise<void> {
  if (env.countFolders) startCounting(job, spec, client, env.liveFolders);
  const cursor = job.cursor;
  cursor?.restart();
  const stop = new AbortController();
  setMaxListeners(0, stop.signal);
  const onAbort = (): void => stop.abort(signal.reason);
  signal.addEventListener('abort', onAbort, { once: true });
  const inFlight = new Set<Promise<void>>();
  let failure: { error: unknown } | undefined;
  try {
    const files = folderFiles(spec, client, job.snap.bucket, {
      signal: stop.signal,
      refuse: (key, reason) => job.refuse({ key, reason }),
      ...(env.liveFolders === undefined ? {} : { live: env.liveFolders }),
      startAfter: spec.direction === 'download' ? cursor?.watermark : undefined,
      ...(env.retry === undefined ? {} : { retry: env.retry }),
    });
    for await (const file of files) {
      if (cursor?.isDone(file.order) === true) continue;
      // A task kept from a pause or a previous run carries its upload id, parts or ranges.
      const task = job.live.get(file.order) ?? file.task;
      const release = await env.slots.acquire(stop.signal);
      env.markRunning(job);
      job.live.set(file.order, task);
      cursor?.start(file.order);
      const run = env
        .runTask(job, task, stop.signal)
        .then((outcome) => {
          job.live.delete(file.order);
          cursor?.finish(file.order);
          env.count(job, task, outcome);
        })
        .catch((error: unknown) => {
          if (error instanceof UnwritableItem) {
            // Like a refused key: reported on its own, the rest of the folder goes on.
            job.live.delete(file.order);
            cursor?.finish(file.order);
            job.refuse({ key: error.key, reason: error.reason });
            countRefused(job, task);
            return;
          }
          failure ??= { error };
          stop.abort(error);
        })
        .finally(() => {
          release();
          inFlight.delete(run);
        });
      inFlight.add(run);
    }
  } catch (error) {
    failure ??= { error };
    stop.abort(error);
  } finally {
    await Promise.all(inFlight);
    signal.removeEventListener('abort', onAbort);
  }
  signal.throwIfAborted();
  if (failure !== undefined) throw failure.error;
}
