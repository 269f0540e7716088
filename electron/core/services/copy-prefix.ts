import type { S3Client } from '@aws-sdk/client-s3';
import { AppError } from '../../../shared/contract/envelope.js';
import type {
  KeyError,
  PrefixCopyResult,
  PrefixIfExists,
  PrefixLocation,
} from '../../../shared/domain/copy-prefix.js';
import { toAppError } from '../s3/errors.js';
import { runLimited } from './copy-concurrency.js';
import { copyObject } from './copy-object.js';
import type { CopyRunOptions, CopySession } from './copy-types.js';
import { deleteKeys } from './delete-objects.js';
import { KeyPages } from './objects-key-pages.js';

export interface PrefixCopyRequest {
  source: PrefixLocation;
  target: PrefixLocation;
  /** Target keys that already exist: replaced (the default) or left alone, source and all. */
  ifExists?: PrefixIfExists | undefined;
}

export interface PrefixProgressUpdate {
  done: number;
  /** null until the listing is complete. */
  total: number | null;
  finished: boolean;
}

export interface PrefixRunOptions {
  signal?: AbortSignal | undefined;
  /**
   * A gentle stop: no further key starts, those in flight finish (a move still deletes their
   * sources), and the result says canceled. `signal` instead aborts requests in flight.
   */
  stop?: AbortSignal | undefined;
  onProgress?: ((update: PrefixProgressUpdate) => void) | undefined;
  /** Copies in flight at once. */
  concurrency?: number | undefined;
  /** Passed to each object's copy (multipart threshold, part size). */
  copy?: Pick<CopyRunOptions, 'multipartThreshold' | 'partSize' | 'partConcurrency'> | undefined;
  /** Keys per ListObjectsV2 page (at most 1,000, the default). */
  listPageSize?: number | undefined;
  /** Least time between progress reports; the last one always goes out. */
  progressIntervalMs?: number | undefined;
}

const DEFAULT_CONCURRENCY = 8;
const DEFAULT_PROGRESS_MS = 200;

interface Listed {
  key: string;
  size: number;
}

/** Every key under the prefix, no delimiter: a folder copy includes its subfolders. */
async function* listAll(
  client: S3Client,
  location: PrefixLocation,
  pageSize: number | undefined,
  signal: AbortSignal | undefined,
  onComplete: (count: number) => void,
  stop?: AbortSignal,
): AsyncGenerator<Listed> {
  const pages = new KeyPages(client, location.bucket, location.prefix, { pageSize });
  let count = 0;
  do {
    if (stop?.aborted === true) return;
    for (const { key, size } of await pages.next(signal)) {
      count++;
      yield { key, size };
    }
  } while (!pages.done);
  onComplete(count);
}

/**
 * In one bucket, a target inside the source would be listed while it is being written
 * (copying forever), and a source inside the target could be overwritten before it is
 * read; refuse both.
 */
export function assertNoOverlap({ source, target }: PrefixCopyRequest): void {
  if (source.bucket !== target.bucket) return;
  if (target.prefix.startsWith(source.prefix) || source.prefix.startsWith(target.prefix)) {
    throw new AppError(
      'InvalidInput',
      'target.prefix: must not be inside the source folder, nor contain it, in the same bucket',
      { fields: ['target.prefix'] },
    );
  }
}

export function keyError(key: string, err: unknown): KeyError {
  const { code, message } = err instanceof AppError ? err.toShape() : toAppError(err);
  return { key, code, message };
}

async function existingKeys(
  client: S3Client,
  target: PrefixLocation,
  signal: AbortSignal | undefined,
): Promise<Set<string>> {
  const keys = new Set<string>();
  for await (const { key } of listAll(client, target, undefined, signal, () => undefined)) {
    keys.add(key);
  }
  return keys;
}

async function transferPrefix(
  session: CopySession,
  request: PrefixCopyRequest,
  move: boolean,
  run: PrefixRunOptions,
): Promise<PrefixCopyResult> {
  assertNoOverlap(request);
  const { source, target } = request;
  const { signal, stop } = run;
  const interval = run.progressIntervalMs ?? DEFAULT_PROGRESS_MS;
  let total: number | null = null;
  let done = 0;
  let lastReport = -Infinity;
  const report = (finished: boolean): void => {
    const now = performance.now();
    if (!finished && now - lastReport < interval) return;
    lastReport = now;
    run.onProgress?.({ done, total, finished });
  };

  const copied: string[] = [];
  const failed: KeyError[] = [];
  let deleted = 0;
  const deleteFailed: KeyError[] = [];
  let skipped = 0;
  let canceled = false;
  report(false);
  try {
    const taken =
      request.ifExists === 'skip'
        ? await existingKeys(session.client, target, signal)
        : new Set<string>();
    const keys = listAll(
      session.client,
      source,
      run.listPageSize,
      signal,
      (count) => {
        total = count;
      },
      stop,
    );
    try {
      await runLimited(keys, run.concurrency ?? DEFAULT_CONCURRENCY, async ({ key, size }) => {
        if (stop?.aborted === true) return;
        const targetKey = target.prefix + key.slice(source.prefix.length);
        if (taken.has(targetKey)) {
          skipped++;
          done++;
          report(false);
          return;
        }
        try {
          await copyObject(
            session,
            {
              source: { bucket: source.bucket, key },
              target: { bucket: target.bucket, key: targetKey },
            },
            { ...run.copy, signal, knownSourceSize: size },
          );
          copied.push(key);
        } catch (err) {
          // A cancel stops the whole run; anything else is this key's failure only.
          if (signal?.aborted === true) throw err;
          failed.push(keyError(key, err));
        }
        done++;
        report(false);
      });
    } catch (err) {
      if (signal?.aborted !== true) throw err;
      canceled = true;
    }
    const stopped = stop?.aborted === true;

    // Only after every copy has finished, and only sources whose copy is stored: a stopped
    // move completes the moves it made, so no object is left in both places.
    if (move && !canceled && copied.length > 0) {
      const result = await deleteKeys(session.client, source.bucket, copied, { signal });
      deleted = result.deleted.length;
      deleteFailed.push(...result.errors);
    }
    // A stop that came after the last key had started changed nothing.
    canceled ||= stopped && done !== total;
  } finally {
    report(true);
  }
  return { copied: copied.length, failed, skipped, deleted, deleteFailed, canceled };
}

/** Copies every object under a prefix to another prefix (same or another bucket). */
export function copyPrefix(
  session: CopySession,
  request: PrefixCopyRequest,
  run: PrefixRunOptions = {},
): Promise<PrefixCopyResult> {
  return transferPrefix(session, request, false, run);
}

/** Copies every object under a prefix, then deletes the sources that were copied. */
export function movePrefix(
  session: CopySession,
  request: PrefixCopyRequest,
  run: PrefixRunOptions = {},
): Promise<PrefixCopyResult> {
  return transferPrefix(session, request, true, run);
}
