import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import type { S3Client } from '@aws-sdk/client-s3';
import { withRetry } from './retry.js';
import type { RetryPolicy } from './retry.js';

export interface ListedObject {
  key: string;
  size: number;
  etag: string;
}

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
): AsyncGenerator<ListedObject> {
  let token: string | undefined;
  let first = true;
  while (first || token !== undefined) {
    const page = await withRetry(
      () =>
        client.send(
          new ListObjectsV2Command({
            Bucket: bucket,
            Prefix: prefix === '' ? undefined : prefix,
            ContinuationToken: token,
            StartAfter: first ? options.startAfter : undefined,
          }),
          { abortSignal: options.signal },
        ),
      {
        ...(options.signal === undefined ? {} : { signal: options.signal }),
        ...(options.retry === undefined ? {} : { policy: options.retry }),
      },
    );
    first = false;
    for (const object of page.Contents ?? []) {
      if (object.Key === undefined) continue;
      yield { key: object.Key, size: object.Size ?? 0, etag: object.ETag ?? '' };
    }
    token = page.IsTruncated === true ? page.NextContinuationToken : undefined;
  }
}
