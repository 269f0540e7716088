import { rm, stat } from 'node:fs/promises';
import type { S3Client } from '@aws-sdk/client-s3';
import { AppError } from '../../../shared/contract/envelope.js';
import type {
  ConflictChoice,
  ConflictPolicy,
  DownloadCheck,
} from '../../../shared/domain/transfer-job.js';
import { downloadObject } from './download-object.js';
import { headObject, isPreconditionFailed } from './existence-lookup.js';
import type { DestinationKeys } from './existence-lookup.js';
import { journalFor } from './file-task.js';
import type { FileTask } from './file-task.js';
import type { TransferJournal } from './journal.js';
import { firstFreeName } from './keep-both.js';
import type { PartPlanOptions } from './part-plan.js';
import type { RequestLimiter } from './request-limiter.js';
import type { RetryPolicy } from './retry.js';
import { UnwritableItem, unwritableReason } from './unwritable-item.js';
import { abortUpload, uploadFile } from './upload-file.js';

export interface TaskEnv {
  client: S3Client;
  journal: TransferJournal;
  limiter: RequestLimiter;
  signal: AbortSignal;
  profileId: string;
  bucket: string;
  /** The task the file's job belongs to, journaled with the file so a restart regroups it. */
  taskId?: string | undefined;
  partConcurrency: number;
  retry?: RetryPolicy;
  plan?: PartPlanOptions;
  rangeThreshold?: number;
  /** Read when needed: "apply to all" may change it while the job runs. */
  policy(): ConflictPolicy;
  ask(key: string, localPath: string | null): Promise<ConflictChoice>;
  /** After a restart, a folder's files that already match are not sent again. */
  verifyExisting: boolean;
  /** Uploads: which keys exist at the destination, from one listing shared by the job. */
  destination?: DestinationKeys;
  /** Uploads: another file of the same upload will be stored under this key. */
  plannedElsewhere?: ((key: string) => Promise<boolean>) | undefined;
  onProgress(delta: number): void;
  onSize(size: number): void;
  /** A download was verified this way. */
  onChecked?(check: DownloadCheck): void;
}

export type TaskOutcome = 'transferred' | 'skipped';

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
    ...(task.versionId === undefined ? {} : { versionId: task.versionId }),
    localPath: task.localPath,
    size: task.size,
    fingerprint: task.fingerprint,
    createdAt: task.createdAt,
    ...(env.taskId === undefined ? {} : { taskId: env.taskId }),
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

/** A key that appears after the listing is asked about again, but not for ever. */
const MAX_LATE_CONFLICTS = 3;

/**
 * Applies the conflict policy to an upload; false when the file is to be left out. Whether the
 * key exists comes from the job's destination listing, never from a HEAD per file (see
 * existence-lookup.ts); "overwrite" (the S3 default) needs no lookup at all.
 */
async function decideUpload(env: TaskEnv, task: FileTask): Promise<boolean> {
  if (task.decided) return true;
  const lookUp = env.verifyExisting || env.policy() !== 'overwrite';
  const destination = env.destination;
  if (lookUp && destination === undefined)
    throw new AppError('Internal', 'An upload that must look for existing keys has no listing.');
  // Absent when looked up: written only if it still is (If-None-Match), see uploadFile.
  task.replace = !lookUp;
  const existing = lookUp ? await destination?.find(env, task.key) : undefined;
  if (existing !== undefined) {
    if (env.verifyExisting && existing.size === task.size) return false;
    const choice = await choose(env, task.key, null);
    if (choice === 'skip') return false;
    task.replace = choice === 'overwrite';
    if (choice === 'keepBoth' && destination !== undefined)
      task.key = await destination.claimFreeName(
        env,
        task.key,
        env.plannedElsewhere ?? (() => Promise.resolve(false)),
      );
  }
  task.decided = true;
  return true;
}

/**
 * Another client created the key between the listing and the write: the multipart upload made
 * for it goes, and the file is decided again, as if the listing had shown the key.
 */
async function lateConflict(env: TaskEnv, task: FileTask): Promise<void> {
  const now = await headObject(env, task.key);
  if (task.uploadId !== undefined)
    await abortUpload(env.client, { bucket: env.bucket, key: task.key }, task.uploadId);
  if (task.journaled) await env.journal.record({ t: 'end', id: task.journalId, state: 'canceled' });
  task.uploadId = undefined;
  task.parts.clear();
  task.journaled = false;
  task.decided = false;
  if (now !== undefined) env.destination?.noteExisting(task.key, now);
}

/** Uploads one file, after the conflict policy had its say. */
export async function runUploadTask(env: TaskEnv, task: FileTask): Promise<TaskOutcome> {
  for (let round = 1; ; round++) {
    if (!(await decideUpload(env, task))) return 'skipped';
    await record(env, task, 'upload');
    try {
      const result = await uploadFile(
        { path: task.localPath, size: task.size, fingerprint: task.fingerprint },
        { bucket: env.bucket, key: task.key, ifAbsent: !task.replace },
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
      env.destination?.noteExisting(task.key, { size: task.size, etag: result.etag ?? '' });
    } catch (err) {
      if (task.replace || !isPreconditionFailed(err) || round >= MAX_LATE_CONFLICTS) throw err;
      restartCount(env, task);
      await lateConflict(env, task);
      continue;
    }
    await env.journal.record({ t: 'end', id: task.journalId, state: 'succeeded' });
    return 'transferred';
  }
}

/** Forgets the task's temporary file and the ranges it held. */
async function dropTemp(task: FileTask): Promise<void> {
  if (task.tempPath !== undefined) await rm(task.tempPath, { force: true });
  task.tempPath = undefined;
  task.ranges = [];
}

/** HeadObject when the size or ETag is unknown, or to see whether a resumed object changed. */
async function refreshSource(env: TaskEnv, task: FileTask): Promise<void> {
  if (task.size >= 0 && task.fingerprint !== '' && !task.journaled) return;
  const head = await headObject(env, task.key, task.versionId);
  if (head === undefined)
    throw new AppError('NoSuchKey', `The object ${task.key} no longer exists.`);
  if (task.fingerprint !== '' && head.etag !== task.fingerprint) {
    // Its ranges belong to another version.
    await dropTemp(task);
    task.journaled = false;
  }
  task.size = head.size;
  task.fingerprint = head.etag;
}

/**
 * Applies the conflict policy to a download; false when the file is to be left as it is. Like
 * uploads, "overwrite" without a check of existing files needs no look at the folder: the
 * finished file is moved over whatever is there.
 */
async function decide(env: TaskEnv, task: FileTask): Promise<boolean> {
  if (task.decided) return true;
  const lookUp = env.verifyExisting || env.policy() !== 'overwrite';
  const existing = lookUp ? await localSize(task.localPath) : undefined;
  task.replace = env.policy() === 'overwrite';
  if (existing !== undefined) {
    if (env.verifyExisting && existing === task.size) return false;
    const choice = await choose(env, task.key, task.localPath);
    if (choice === 'skip') return false;
    task.replace = choice === 'overwrite';
    if (choice === 'keepBoth')
      task.localPath = await firstFreeName(
        task.localPath,
        async (p) => (await stat(p).catch(() => undefined)) !== undefined,
      );
  }
  task.decided = true;
  return true;
}

/**
 * Downloads one object. A resumed download whose object changed since (ETag) starts over. A
 * key this folder cannot hold (a file in the way of a folder, a name too long) throws
 * UnwritableItem, its temporary file gone and its journal line ended.
 */
export async function runDownloadTask(env: TaskEnv, task: FileTask): Promise<TaskOutcome> {
  await refreshSource(env, task);
  env.onSize(task.size);
  // Ranges only mean something while the temporary file that holds them exists.
  if (task.tempPath !== undefined && (await stat(task.tempPath).catch(() => null)) === null) {
    task.tempPath = undefined;
    task.ranges = [];
  }
  try {
    if (!(await decide(env, task))) return 'skipped';
    await record(env, task, 'download');
    const check = await downloadObject(
      {
        bucket: env.bucket,
        key: task.key,
        size: task.size,
        etag: task.fingerprint,
        versionId: task.versionId,
      },
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
        temp: task.tempPath,
        resume: task.ranges,
        replace: task.replace,
      },
    );
    task.tempPath = undefined;
    env.onChecked?.(check);
  } catch (err) {
    const reason = unwritableReason(err);
    if (reason === undefined) throw err;
    await dropTemp(task);
    if (task.journaled)
      await env.journal.record({ t: 'end', id: task.journalId, state: 'failed', reason });
    // A retry starts this file afresh: a new journal line, the conflict policy asked again.
    task.journaled = false;
    task.decided = false;
    throw new UnwritableItem(task.key, reason);
  }
  await env.journal.record({ t: 'end', id: task.journalId, state: 'succeeded' });
  return 'transferred';
}
