import type { S3Client } from '@aws-sdk/client-s3';
import type { DeleteManyResult, KeyError } from '../../../shared/domain/object-delete.js';
import { deleteKeys } from './delete-objects.js';
import { KeyPages } from './objects-key-pages.js';
import type { ListedKey } from './objects-key-pages.js';
import { throwIfCanceled } from './objects-cancel.js';

export interface DeleteUnderPrefixOptions {
  signal?: AbortSignal | undefined;
  /**
   * A gentle stop, read between pages, so a page's delete is never cut off and the count stays
   * exact: it then throws Canceled.
   */
  stop?: AbortSignal | undefined;
  /** Running count of deleted keys, after each DeleteObjects request. */
  onProgress?: ((deleted: number) => void) | undefined;
}

/**
 * Deletes every key under `prefix` ('' is the whole bucket): lists flat pages and deletes
 * each while the next page is being listed. Listing goes on by continuation token rather than
 * from the start, so keys that refuse to go cannot loop forever.
 */
export async function deleteUnderPrefix(
  client: S3Client,
  bucket: string,
  prefix: string,
  options: DeleteUnderPrefixOptions = {},
): Promise<DeleteManyResult> {
  const { signal, stop, onProgress } = options;
  let deleted = 0;
  const errors: KeyError[] = [];
  const pages = new KeyPages(client, bucket, prefix);
  let page: Promise<ListedKey[]> = pages.next(signal);
  for (;;) {
    const keys = (await page).map((k) => k.key);
    throwIfCanceled(signal);
    throwIfCanceled(stop);
    const upcoming = pages.done ? undefined : pages.next(signal);
    // If the delete below throws, nobody awaits the prefetch: keep its failure from going unhandled.
    upcoming?.catch(() => undefined);
    const before = deleted;
    const result = await deleteKeys(client, bucket, keys, {
      signal,
      onProgress: (n) => onProgress?.(before + n),
    });
    deleted += result.deleted.length;
    errors.push(...result.errors);
    if (upcoming === undefined) return { deleted, errors };
    page = upcoming;
  }
}
