import { setMaxListeners } from 'node:events';
import type { S3Client } from '@aws-sdk/client-s3';
import { withRetry } from '../transfers/retry.js';
import type { RetryPolicy } from '../transfers/retry.js';
import { serverMisbehaved, serverName } from '../s3/server-misbehaved.js';
import { KeyPages } from './objects-key-pages.js';
import type { ListedKey } from './objects-key-pages.js';

export interface TreeWalkOptions {
  /** Subtrees listed at once (default 4). */
  concurrency?: number;
  /** Pages listed but not yet taken by the consumer, before listing waits (default 16). */
  bufferedPages?: number;
  /** Keys per request (at most 1,000, the default); tests use less to cross pages. */
  pageSize?: number;
  signal?: AbortSignal;
  retry?: RetryPolicy;
}

// Four keep 2 cores busy with server and client work; eight gained nothing there and held ~20 MiB more.
export const DEFAULT_TREE_CONCURRENCY = 4;
/**
 * Subtrees per lister before the rest are listed flat. A folder level costs the server a
 * request of its own (about twice the CPU per key of a flat page, on RGW), so the walk splits
 * the tree only until every lister has work, then lists each subtree in flat 1,000-key pages.
 */
const FAN_OUT_PER_LISTER = 2;

/** A prefix to list: one folder level with "/" (its folders split further), or flat. */
interface Subtree {
  prefix: string;
  flat: boolean;
}
const DEFAULT_BUFFERED_PAGES = 16;

/**
 * Every key under a prefix, listing subtrees in parallel. A flat listing is one request after
 * another however fast the server could answer; a tree of folders lets several run at once.
 * The walk lists folder levels with "/" until it has enough subtrees for its listers, then
 * lists each subtree flat. Keys come in pages, each in S3's order within its subtree, subtrees
 * in no set order. A folder with no subfolders gets no parallelism: that needs a tree.
 *
 * Memory stays flat: at most `bufferedPages` pages wait for the consumer (listers pause beyond
 * that), and pending folders are names only. Stopping early (break, return, a thrown error or
 * the signal) aborts the requests in flight; the first failure ends the walk with its cause.
 */
export async function* walkTree(
  client: S3Client,
  bucket: string,
  prefix: string,
  options: TreeWalkOptions = {},
): AsyncGenerator<ListedKey[]> {
  const concurrency = Math.max(1, options.concurrency ?? DEFAULT_TREE_CONCURRENCY);
  const maxBuffered = Math.max(1, options.bufferedPages ?? DEFAULT_BUFFERED_PAGES);
  const stop = new AbortController();
  const signal =
    options.signal === undefined ? stop.signal : AbortSignal.any([options.signal, stop.signal]);
  // Every request of every lister listens on it; more than ten is normal.
  setMaxListeners(0, signal);
  // Enough subtrees to keep every lister busy; past that, a subtree is listed flat.
  const fanOut = concurrency * FAN_OUT_PER_LISTER;
  // Depth first: a deep tree keeps few folders pending, and each finished folder frees its lister.
  const pending: Subtree[] = [{ prefix, flat: false }];
  const ready: ListedKey[][] = [];
  let listing = 0;
  let failure: { error: unknown } | undefined;
  let wake: (() => void) | undefined;
  const notify = () => {
    wake?.();
    wake = undefined;
  };
  // Listers paused on a full buffer; each page taken lets one go on, and stopping frees all.
  const paused: (() => void)[] = [];
  const resumeAll = () => {
    for (const resume of paused.splice(0)) resume();
  };
  signal.addEventListener('abort', resumeAll, { once: true });
  const server = await serverName(client);

  const waitForSpace = async () => {
    while (ready.length >= maxBuffered && !signal.aborted) {
      await new Promise<void>((resolve) => paused.push(resolve));
    }
  };

  const listSubtree = async ({ prefix: folder, flat }: Subtree) => {
    const pages = new KeyPages(client, bucket, folder, {
      delimiter: flat ? undefined : '/',
      pageSize: options.pageSize,
    });
    do {
      await waitForSpace();
      signal.throwIfAborted();
      const page = await withRetry(() => pages.nextPage(signal), {
        signal,
        ...(options.retry === undefined ? {} : { policy: options.retry }),
      });
      for (const sub of page.folders) {
        // A folder outside the one listed (or the same one) could send the walk round forever.
        if (!isChildFolder(folder, sub)) {
          throw serverMisbehaved(
            server,
            'noProgress',
            'ListObjectsV2',
            `listing "${folder}" it answered with the folder "${sub}", which is not inside it`,
          );
        }
        pending.push({ prefix: sub, flat: pending.length + listing >= fanOut });
      }
      if (page.keys.length > 0) ready.push(page.keys);
      notify();
    } while (!pages.done);
  };

  const startListers = () => {
    while (failure === undefined && listing < concurrency && pending.length > 0) {
      const folder = pending.pop()!;
      listing++;
      listSubtree(folder).then(
        () => {
          listing--;
          notify();
        },
        (error: unknown) => {
          listing--;
          failure ??= { error };
          stop.abort();
          notify();
        },
      );
    }
  };

  try {
    for (;;) {
      startListers();
      if (failure !== undefined) throw failure.error;
      const page = ready.shift();
      if (page !== undefined) {
        paused.shift()?.();
        yield page;
        continue;
      }
      if (listing === 0 && pending.length === 0) return;
      options.signal?.throwIfAborted();
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
    }
  } finally {
    stop.abort();
  }
}

/** With "/" as delimiter, a folder's subfolders are it plus one more "/"-ended name part. */
function isChildFolder(folder: string, sub: string): boolean {
  return (
    sub.length > folder.length &&
    sub.startsWith(folder) &&
    sub.indexOf('/', folder.length) === sub.length - 1
  );
}
