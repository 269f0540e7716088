import { HeadObjectCommand, S3ServiceException } from '@aws-sdk/client-s3';
import type { S3Client } from '@aws-sdk/client-s3';
import { AppError } from '../../../shared/contract/envelope.js';
import { KeyPages } from '../services/objects-key-pages.js';
import { keepBothPath } from './keep-both.js';
import type { RequestLimiter } from './request-limiter.js';
import { withRetry } from './retry.js';
import type { RetryPolicy } from './retry.js';
import { compareKeys } from './walk-cursor.js';

/** What a lookup needs to send requests; the job's run supplies it. */
export interface LookupContext {
  client: S3Client;
  limiter: RequestLimiter;
  bucket: string;
  signal: AbortSignal;
  retry?: RetryPolicy;
}

export interface ExistingObject {
  size: number;
  etag: string;
}

function isNotFound(err: unknown): boolean {
  return (
    err instanceof S3ServiceException &&
    (err.name === 'NotFound' || err.name === 'NoSuchKey' || err.$metadata.httpStatusCode === 404)
  );
}

function retried<T>(ctx: LookupContext, signal: AbortSignal, work: () => Promise<T>): Promise<T> {
  return withRetry(() => ctx.limiter.run(work, signal), {
    signal,
    ...(ctx.retry === undefined ? {} : { policy: ctx.retry }),
  });
}

/** A conditional write (If-None-Match: *), or the check before one, found the key taken. */
export function isPreconditionFailed(err: unknown): boolean {
  if (err instanceof AppError) return err.code === 'PreconditionFailed';
  return (
    err instanceof S3ServiceException &&
    (err.name === 'PreconditionFailed' || err.$metadata.httpStatusCode === 412)
  );
}

/** HeadObject on one key; undefined when there is no such object. */
export async function headObject(
  ctx: LookupContext,
  key: string,
  versionId?: string,
): Promise<ExistingObject | undefined> {
  try {
    const out = await retried(ctx, ctx.signal, () =>
      ctx.client.send(
        new HeadObjectCommand({ Bucket: ctx.bucket, Key: key, VersionId: versionId }),
        {
          abortSignal: ctx.signal,
        },
      ),
    );
    return { size: out.ContentLength ?? 0, etag: out.ETag ?? '' };
  } catch (err) {
    if (isNotFound(err)) return undefined;
    throw err;
  }
}

/**
 * Memory bound: a destination holding more keys than this is listed only this far (20 pages of
 * 1,000). Keys that sort after the last one listed are asked about with HeadObject, one each, as
 * before listings were used: a huge destination costs at most 20 listing requests up front and a
 * few MiB of keys, never a listing of millions. The usual case, a folder holding fewer keys than
 * that, costs one request per 1,000 keys and no HEAD at all.
 */
export const MAX_LISTED_KEYS = 20_000;
const PAGE_SIZE = 1000;
const MAX_KEEP_BOTH_TRIES = 10_000;

interface Listing {
  sizes: Map<string, ExistingObject>;
  /** Every key up to this one (in listing order) is in `sizes`; undefined: every key is. */
  through: string | undefined;
}

interface Load {
  promise: Promise<Listing>;
  controller: AbortController;
  waiters: number;
  settled: boolean;
}

/**
 * Which keys exist under one destination prefix, from one listing (ListObjectsV2, paged) rather
 * than a HEAD per file. A batch of files dropped into a folder shares one lookup of the keys
 * directly under it; a folder upload lists the whole tree under its own prefix (an empty answer,
 * one request, means no file of it can collide). It also remembers the names "keep both" picked,
 * so two files never pick the same one.
 */
export class DestinationKeys {
  #load: Load | undefined;
  readonly #claimed = new Set<string>();
  readonly #seen = new Map<string, ExistingObject>();

  constructor(
    readonly prefix: string,
    /** Only keys directly under the prefix can be asked about (a batch of files, not a folder). */
    private readonly directOnly: boolean,
    private readonly maxKeys: number = MAX_LISTED_KEYS,
    private readonly pageSize: number = PAGE_SIZE,
  ) {}

  /** The object at `key`, or undefined when there is none (as of the listing). */
  async find(ctx: LookupContext, key: string): Promise<ExistingObject | undefined> {
    const seen = this.#seen.get(key);
    if (seen !== undefined) return seen;
    if (this.#covers(key)) {
      const listing = await this.#listing(ctx);
      if (listing.through === undefined || compareKeys(key, listing.through) <= 0)
        return listing.sizes.get(key);
    }
    return headObject(ctx, key);
  }

  /**
   * The key exists now (this upload wrote it, or a conditional write found it): later questions
   * see it. Only a listing made before the write can miss it, so with none made yet nothing is
   * kept, and an upload that never looks keys up (overwrite) keeps nothing per file.
   */
  noteExisting(key: string, object: ExistingObject): void {
    if (this.#load === undefined) return;
    this.#seen.set(key, object);
  }

  /**
   * The first "name (n).ext" that exists neither on the server nor among the names this lookup
   * handed out, nor is `planned` for another file of the same upload; it is claimed at once.
   */
  async claimFreeName(
    ctx: LookupContext,
    key: string,
    planned: (candidate: string) => Promise<boolean>,
  ): Promise<string> {
    for (let n = 1; n <= MAX_KEEP_BOTH_TRIES; n++) {
      const candidate = keepBothPath(key, n, /\//);
      if (this.#claimed.has(candidate)) continue;
      const taken = (await this.find(ctx, candidate)) !== undefined || (await planned(candidate));
      // Checked again after the awaits: a sibling may have claimed it meanwhile.
      if (taken || this.#claimed.has(candidate)) continue;
      this.#claimed.add(candidate);
      return candidate;
    }
    throw new Error(`No free name for ${key} after ${MAX_KEEP_BOTH_TRIES} tries`);
  }

  #covers(key: string): boolean {
    if (!key.startsWith(this.prefix)) return false;
    return !this.directOnly || !key.slice(this.prefix.length).includes('/');
  }

  /** One listing for every caller; a caller that gives up stops it only if nobody else waits. */
  async #listing(ctx: LookupContext): Promise<Listing> {
    if (this.#load === undefined) {
      const controller = new AbortController();
      const load: Load = {
        promise: this.#list(ctx, controller.signal),
        controller,
        waiters: 0,
        settled: false,
      };
      load.promise.then(
        () => (load.settled = true),
        () => {
          load.settled = true;
          // A failed listing is tried again by the next caller (a retried job).
          if (this.#load === load) this.#load = undefined;
        },
      );
      this.#load = load;
    }
    const load = this.#load;
    load.waiters++;
    try {
      return await untilAborted(load.promise, ctx.signal);
    } finally {
      load.waiters--;
      if (load.waiters === 0 && !load.settled && ctx.signal.aborted) {
        load.controller.abort(ctx.signal.reason);
        if (this.#load === load) this.#load = undefined;
      }
    }
  }

  async #list(ctx: LookupContext, signal: AbortSignal): Promise<Listing> {
    const pages = new KeyPages(ctx.client, ctx.bucket, this.prefix, {
      pageSize: this.pageSize,
      delimiter: this.directOnly ? '/' : undefined,
    });
    const sizes = new Map<string, ExistingObject>();
    // Pages, not keys, are counted: a page of folders alone (directOnly) adds no key.
    const maxPages = Math.max(1, Math.ceil(this.maxKeys / this.pageSize));
    let read = 0;
    do {
      // A failed page leaves the pages where they were, so a retry asks for the same page.
      for (const { key, size, etag } of await retried(ctx, signal, () => pages.next(signal)))
        sizes.set(key, { size, etag });
      read++;
    } while (!pages.done && read < maxPages);
    return { sizes, through: pages.done ? undefined : pages.reached };
  }
}

/** Waits for a shared promise, but lets this caller leave when its own signal aborts. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(abortReason(signal));
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(abortReason(signal));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (err: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(err instanceof Error ? err : new Error(String(err)));
      },
    );
  });
}

function abortReason(signal: AbortSignal): Error {
  return signal.reason instanceof Error ? signal.reason : new Error('Aborted');
}
