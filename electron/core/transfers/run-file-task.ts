import { rm, stat } from 'node:fs/promises';
import { HeadObjectCommand, S3ServiceException } from '@aws-sdk/client-s3';
import type { S3Client } from '@aws-sdk/client-s3';
import { AppError } from '../../../shared/contract/envelope.js';
import type { ConflictChoice, ConflictPolicy } from '../../../shared/domain/transfer-job.js';
import { downloadObject, temporaryPathFor } from './download-object.js';
import { journalFor } from './file-task.js';
import type { FileTask } from './file-task.js';
import type { TransferJournal } from './journal.js';
import { firstFreeName } from './keep-both.js';
import type { PartPlanOptions } from './part-plan.js';
import type { RequestLimiter } from './request-limiter.js';
import { withRetry } from './retry.js';
import type { RetryPolicy } from './retry.js';
import { uploadFile } from './upload-file.js';

export interface TaskEnv {
  client: S3Client;
  journal: TransferJournal;
  limiter: RequestLimiter;
  signal: AbortSignal;
  profileId: string;
  bucket: string;
  partConcurrency: number;
  retry?: RetryPolicy;
  plan?: PartPlanOptions;
  rangeThreshold?: number;
  /** Read when needed: "apply to all" may change it while the job runs. */
  policy(): ConflictPolicy;
  ask(key: string, localPath: string | null): Promise<ConflictChoice>;
  /** After a restart, a folder's files that already match are not sent again. */
  verifyExisting: boolean;
  onProgress(delta: number): void;
  onSize(size: number): void;
}

export type TaskOutcome = 'transferred' | 'skipped';

function isNotFound(err: unknown): boolean {
  return (
    err instanceof S3ServiceException &&
    (err.name === 'NotFound' || err.name === 'NoSuchKey' || err.$metadata.httpStatusCode === 404)
  );
}

async function headObject(
  env: TaskEnv,
  key: string,
): Promise<{ size: number; etag: string } | undefined> {
  try {
    const out = await withRetry(
      () =>
        env.limiter.run(
          () =>
            env.client.send(new HeadObjectCommand({ Bucket: env.bucket, Key: key }), {
              abortSignal: env.signal,
            }),
          env.signal,
        ),
      { signal: env.signal, ...(env.retry === undefined ? {} : { policy: env.retry }) },
    );
    return { size: out.ContentLength ?? 0, etag: out.ETag ?? '' };
  } catch (err) {
    if (isNotFound(err)) return undefined;
    throw err;
  }
}

async function localSize(path: string): Promise<number | undefined> {
  const info = await stat(path).catch(() => undefined);
  return info?.isFile() === true ? info.size : undefined;
}

async function choose(env: TaskEnv, key: string, localPath: string | null) {
  const policy = env.policy();
  return policy === 'ask' ? env.ask(key, localPath) : policy;
}

async function record(env: TaskEnv, task: FileTask, direction: 'upload' | 'download') {
  if (task.journaled) return;
  await env.journal.record({
    t: 'job',
    id: task.journalId,
    direction,
    profileId: env.profileId,
    bucket: env.bucket,
    key: task.key,
    localPath: task.localPath,
    size: task.size,
    fingerprint: task.fingerprint,
    createdAt: task.createdAt,
  });
  task.journaled = true;
}

/** The engine reports resumed bytes again: take back what this task counted before. */
function restartCount(env: TaskEnv, task: FileTask): (delta: number) => void {
  env.onProgress(-task.counted);
  task.counted = 0;
  return (delta) => {
    task.counted += delta;
    env.onProgress(delta);
  };
}

/**
 * Uploads one file. The conflict policy asks HeadObject about the key unless
 * it is "overwrite" (the S3 default, which then costs no request).
 */
export async function runUploadTask(env: TaskEnv, task: FileTask): Promise<TaskOutcome> {
  if (!task.decided) {
    const needsHead = env.verifyExisting || env.policy() !== 'overwrite';
    const existing = needsHead ? await headObject(env, task.key) : undefined;
    if (existing !== undefined) {
      if (env.verifyExisting && existing.size === task.size) return 'skipped';
      const choice = await choose(env, task.key, null);
      if (choice === 'skip') return 'skipped';
      if (choice === 'keepBoth')
        task.key = await firstFreeName(
          task.key,
          async (k) => (await headObject(env, k)) !== undefined,
          /\//,
        );
    }
    task.decided = true;
  }
  await record(env, task, 'upload');
  await uploadFile(
    { path: task.localPath, size: task.size, fingerprint: task.fingerprint },
    { bucket: env.bucket, key: task.key },
    {
      client: env.client,
      limiter: env.limiter,
      journal: journalFor(env.journal, task),
      jobId: task.journalId,
      signal: env.signal,
      partConcurrency: env.partConcurrency,
      ...(env.plan === undefined ? {} : { plan: env.plan }),
      ...(env.retry === undefined ? {} : { retry: env.retry }),
      onProgress: restartCount(env, task),
      ...(task.uploadId === undefined
        ? {}
        : { resume: { uploadId: task.uploadId, parts: task.parts } }),
    },
  );
  await env.journal.record({ t: 'end', id: task.journalId, state: 'succeeded' });
  return 'transferred';
}

/**
 * Downloads one object. A resumed download whose object changed since (ETag)
 * starts over: its ranges belong to another version.
 */
export async function runDownloadTask(env: TaskEnv, task: FileTask): Promise<TaskOutcome> {
  // A resumed task (journaled before) checks the object again: it may have changed meanwhile.
  if (task.size < 0 || task.fingerprint === '' || task.journaled) {
    const head = await headObject(env, task.key);
    if (head === undefined)
      throw new AppError('NoSuchKey', `The object ${task.key} no longer exists.`);
    if (task.fingerprint !== '' && head.etag !== task.fingerprint) {
      task.ranges = [];
      task.journaled = false;
      await rm(temporaryPathFor(task.localPath), { force: true });
    }
    task.size = head.size;
    task.fingerprint = head.etag;
  }
  env.onSize(task.size);
  // Ranges only mean something while the temporary file that holds them exists.
  if (
    task.ranges.length > 0 &&
    (await stat(temporaryPathFor(task.localPath)).catch(() => null)) === null
  ) {
    task.ranges = [];
    task.journaled = false;
  }
  if (!task.decided) {
    const existing = await localSize(task.localPath);
    if (existing !== undefined) {
      if (env.verifyExisting && existing === task.size) return 'skipped';
      const choice = await choose(env, task.key, task.localPath);
      if (choice === 'skip') return 'skipped';
      if (choice === 'keepBoth')
        task.localPath = await firstFreeName(
          task.localPath,
          async (p) => (await stat(p).catch(() => undefined)) !== undefined,
        );
    }
    task.decided = true;
  }
  await record(env, task, 'download');
  await downloadObject(
    { bucket: env.bucket, key: task.key, size: task.size, etag: task.fingerprint },
    task.localPath,
    {
      client: env.client,
      limiter: env.limiter,
      journal: journalFor(env.journal, task),
      jobId: task.journalId,
      signal: env.signal,
      rangeConcurrency: env.partConcurrency,
      ...(env.rangeThreshold === undefined ? {} : { rangeThreshold: env.rangeThreshold }),
      ...(env.retry === undefined ? {} : { retry: env.retry }),
      onProgress: restartCount(env, task),
      resume: task.ranges,
    },
  );
  await env.journal.record({ t: 'end', id: task.journalId, state: 'succeeded' });
  return 'transferred';
}
