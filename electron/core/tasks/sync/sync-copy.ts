import { randomBytes } from 'node:crypto';
import { mkdir, realpath, rm, utimes } from 'node:fs/promises';
import { dirname, sep } from 'node:path';
import { AppError } from '../../../../shared/contract/envelope.js';
import type { S3Client } from '@aws-sdk/client-s3';
import type { SyncDifference } from '../../../../shared/domain/sync.js';
import type { ListedKey } from '../../services/objects-key-pages.js';
import { downloadObject } from '../../transfers/download-object.js';
import type { WalkedFile } from '../../transfers/folder-walk.js';
import { join } from 'node:path';
import { TransferJournal } from '../../transfers/journal.js';
import type { JobEntry, JournaledJob } from '../../transfers/journal-entries.js';
import type { RequestLimiter } from '../../transfers/request-limiter.js';
import { destinationFor } from '../../transfers/safe-destination.js';
import { abortUpload, fingerprintOf, uploadFile } from '../../transfers/upload-file.js';

export interface CopyEnv {
  client: S3Client;
  journal: TransferJournal;
  limiter: RequestLimiter;
  signal: AbortSignal;
  bucket: string;
  prefix: string;
  root: string;
  onBytes: (delta: number) => void;
}

/** Parts or ranges of one file in flight; files themselves run a few at once (see the runner). */
const PARTS_AT_ONCE = 4;

/**
 * The transfer journal sync copies write, in a folder of its own beside the app's: the queue
 * compacts its journal to its own jobs, and a sync resumes by comparing again instead.
 */
export function syncJournal(journalDir: string): () => Promise<TransferJournal> {
  let opened: Promise<TransferJournal> | undefined;
  return () => {
    opened ??= TransferJournal.open(join(journalDir, 'sync-copies')).then(({ journal }) => journal);
    // A journal that failed to open is tried again by the next run, not kept broken.
    opened.catch(() => (opened = undefined));
    return opened;
  };
}

/** A journal id per copy: the engine journals parts and temporary files under it. */
function copyId(): string {
  return `sync-${randomBytes(9).toString('base64url')}`;
}

/**
 * Sends one local file with the transfer engine (one PUT when small, else multipart). A file
 * only here is written only while the key is still free: an object someone made meanwhile is
 * not replaced unasked.
 */
export async function uploadOne(
  env: CopyEnv,
  difference: SyncDifference,
  file: WalkedFile,
): Promise<void> {
  const key = env.prefix + difference.path;
  const source = { path: file.path, size: file.size, fingerprint: fingerprintOf(file.mtimeMs) };
  const target = { bucket: env.bucket, key, ifAbsent: difference.difference === 'onlyHere' };
  await journaled(
    env,
    {
      direction: 'upload',
      key,
      localPath: file.path,
      size: file.size,
      fingerprint: source.fingerprint,
    },
    (id) =>
      uploadFile(source, target, {
        client: env.client,
        limiter: env.limiter,
        journal: env.journal,
        jobId: id,
        signal: env.signal,
        partConcurrency: PARTS_AT_ONCE,
        onProgress: env.onBytes,
      }),
    // A later run compares again and starts a new upload: the server forgets this one's parts.
    async ({ uploadId }) => {
      if (uploadId !== undefined) await abortUpload(env.client, target, uploadId);
    },
  );
}

type CopyJob = Pick<JobEntry, 'direction' | 'key' | 'localPath' | 'size' | 'fingerprint'>;

/**
 * Runs one copy as a job of the sync's transfer journal, so what the engine journals under it
 * (a multipart upload's id, a download's temporary file) can be read back if the copy fails or
 * is stopped, and cleaned up: a later run compares again and never resumes it.
 */
async function journaled(
  env: CopyEnv,
  job: CopyJob,
  work: (id: string) => Promise<unknown>,
  cleanUp: (left: JournaledJob) => Promise<void>,
): Promise<void> {
  const id = copyId();
  const createdAt = new Date().toISOString();
  await env.journal.record({
    t: 'job',
    id,
    profileId: 'sync',
    bucket: env.bucket,
    createdAt,
    ...job,
  });
  try {
    await work(id);
    await env.journal.record({ t: 'end', id, state: 'succeeded' });
  } catch (err) {
    const left = (await env.journal.read()).get(id);
    if (left !== undefined) await cleanUp(left).catch(() => undefined);
    await env.journal.record({ t: 'end', id, state: 'canceled' });
    throw err;
  }
}

/** Where an object lands in the folder, or why it cannot (a key that would climb out of it). */
export function localTarget(
  env: Pick<CopyEnv, 'root' | 'prefix'>,
  key: string,
): { path: string } | { refused: string } {
  const destination = destinationFor(env.root, key, env.prefix);
  if (destination.kind === 'file') return { path: destination.path };
  if (destination.kind === 'folder') return { refused: `"${key}" names a folder, not a file` };
  return { refused: destination.reason };
}

/**
 * A key's path stays inside the folder by its text (destinationFor); a folder inside that is a
 * symbolic link to elsewhere would still carry the file out, so the real folder is checked too.
 */
async function refuseLinkedFolder(root: string, path: string): Promise<void> {
  const folder = dirname(path);
  await mkdir(folder, { recursive: true });
  const [realRoot, realFolder] = await Promise.all([realpath(root), realpath(folder)]);
  if (realFolder !== realRoot && !realFolder.startsWith(realRoot + sep))
    throw new AppError(
      'InvalidInput',
      `Not downloaded: ${folder} leads outside the chosen folder (a symbolic link).`,
    );
}

/**
 * Fetches one object into the folder with the transfer engine (through a temporary file, checked
 * before it takes the name), then gives the file the object's time, so the next compare sees
 * the two as the same age.
 */
export async function downloadOne(
  env: CopyEnv,
  difference: SyncDifference,
  object: ListedKey,
  path: string,
): Promise<void> {
  await refuseLinkedFolder(env.root, path);
  const job = {
    direction: 'download' as const,
    key: object.key,
    localPath: path,
    size: object.size,
  };
  await journaled(
    env,
    { ...job, fingerprint: object.etag },
    (id) =>
      downloadObject(
        { bucket: env.bucket, key: object.key, size: object.size, etag: object.etag },
        path,
        {
          client: env.client,
          limiter: env.limiter,
          journal: env.journal,
          jobId: id,
          signal: env.signal,
          rangeConcurrency: PARTS_AT_ONCE,
          onProgress: env.onBytes,
          // Only a file the compare saw here may be replaced; a new name must still be free.
          replace: difference.difference !== 'onlyThere',
        },
      ),
    // Its ranges would never be resumed: the temporary file beside the target goes.
    async ({ tempPath }) => {
      if (tempPath !== undefined) await rm(tempPath, { force: true });
    },
  );
  if (object.lastModified > 0) {
    const time = new Date(object.lastModified);
    await utimes(path, time, time);
  }
}
