import type { S3Client } from '@aws-sdk/client-s3';
import { AppError } from '../../../shared/contract/envelope.js';
import type { KeyError } from '../../../shared/domain/copy-prefix.js';
import type { TransferItem } from '../../../shared/domain/copy-task.js';
import { runLimited } from './copy-concurrency.js';
import { assertNoOverlap, keyError } from './copy-prefix.js';
import { KeyPages } from './objects-key-pages.js';
import { headObject } from './objects-head.js';

/** One object to copy: where from, where to, and what it is (for progress and resume). */
export interface CopyEntry {
  source: string;
  target: string;
  size: number;
  etag: string | null;
}

/** What a target key holds, to tell whether it is already the source's copy. */
export interface TargetState {
  size: number;
  etag: string | null;
}

export interface CopyPlan {
  entries: CopyEntry[];
  /** Items that cannot be copied at all (a source gone, a folder into itself). */
  problems: KeyError[];
}

const HEADS_AT_ONCE = 8;

/** Every key under a prefix, no delimiter: a folder includes its subfolders. */
async function eachKey(
  client: S3Client,
  bucket: string,
  prefix: string,
  signal: AbortSignal,
  onKey: (key: string, size: number, etag: string) => void,
): Promise<void> {
  const pages = new KeyPages(client, bucket, prefix);
  do {
    for (const { key, size, etag } of await pages.next(signal)) onKey(key, size, etag);
  } while (!pages.done);
}

/**
 * Turns the selected items into the objects to copy: each folder listed to its last key, each
 * object asked for its size (HeadObject). An item that cannot be read becomes a problem.
 */
export async function planCopy(
  client: S3Client,
  buckets: { source: string; target: string },
  items: readonly TransferItem[],
  signal: AbortSignal,
): Promise<CopyPlan> {
  const entries: CopyEntry[] = [];
  const problems: KeyError[] = [];
  const same = buckets.source === buckets.target;
  for (const item of items.filter((i) => i.kind === 'folder')) {
    try {
      assertNoOverlap({
        source: { bucket: buckets.source, prefix: item.source },
        target: { bucket: buckets.target, prefix: item.target },
      });
      await eachKey(client, buckets.source, item.source, signal, (key, size, etag) => {
        entries.push({
          source: key,
          target: item.target + key.slice(item.source.length),
          size,
          etag,
        });
      });
    } catch (err) {
      if (signal.aborted) throw err;
      problems.push(keyError(item.source, err));
    }
  }
  const objects = items.filter((i) => i.kind === 'object');
  await runLimited(objects, HEADS_AT_ONCE, async ({ source, target }) => {
    try {
      // Copied onto itself, a move would delete the only copy.
      if (same && source === target) {
        throw new AppError('InvalidInput', 'target: is the source itself', { fields: ['target'] });
      }
      const { size, etag } = await headObject(
        client,
        { bucket: buckets.source, key: source },
        signal,
      );
      entries.push({ source, target, size, etag });
    } catch (err) {
      if (signal.aborted) throw err;
      problems.push(keyError(source, err));
    }
  });
  return { entries, problems };
}

/**
 * What the targets hold now: each target folder listed, each lone object asked for. Used to
 * skip what exists and, on a resume, to tell copies already made.
 */
export async function targetStates(
  client: S3Client,
  bucket: string,
  items: readonly TransferItem[],
  signal: AbortSignal,
): Promise<Map<string, TargetState>> {
  const states = new Map<string, TargetState>();
  for (const item of items.filter((i) => i.kind === 'folder')) {
    await eachKey(client, bucket, item.target, signal, (key, size, etag) => {
      states.set(key, { size, etag });
    });
  }
  const objects = items.filter((i) => i.kind === 'object');
  await runLimited(objects, HEADS_AT_ONCE, async ({ target }) => {
    try {
      const { size, etag } = await headObject(client, { bucket, key: target }, signal);
      states.set(target, { size, etag });
    } catch (err) {
      if (!(err instanceof AppError && err.code === 'NoSuchKey')) throw err;
    }
  });
  return states;
}
