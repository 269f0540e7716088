import type { S3Client } from '@aws-sdk/client-s3';
import { KeyPages } from '../services/objects-key-pages.js';
import type { ListedKey } from '../services/objects-key-pages.js';
import { withRetry } from './retry.js';
import type { RetryPolicy } from './retry.js';

export interface PrefixWalkOptions {
  /** Resume listing after this key (ListObjectsV2 StartAfter). */
  startAfter?: string;
  signal?: AbortSignal;
  retry?: RetryPolicy;
}

/** Every object under a prefix, page by page (no delimiter: the whole tree), one page in memory. */
export async function* walkPrefix(
  client: S3Client,
  bucket: string,
  prefix: string,
  options: PrefixWalkOptions = {},
): AsyncGenerator<ListedKey> {
  const pages = new KeyPages(client, bucket, prefix, { startAfter: options.startAfter });
  do {
    // A failed page leaves the walk where it was, so a retry asks for the same page again.
    const page = await withRetry(() => pages.next(options.signal), {
      ...(options.signal === undefined ? {} : { signal: options.signal }),
      ...(options.retry === undefined ? {} : { policy: options.retry }),
    });
    yield* page;
  } while (!pages.done);
}
