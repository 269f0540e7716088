import { DeleteBucketCommand } from '@aws-sdk/client-s3';
import type { S3Client } from '@aws-sdk/client-s3';
import { emptyBucket } from './buckets-empty.js';
import type { EmptyProgress } from './buckets-empty.js';
import { throwIfCanceled } from './objects-cancel.js';

export interface DeleteBucketRequest {
  bucket: string;
  /** Without it a bucket holding anything fails with BucketNotEmpty, as S3 answers. */
  emptyFirst?: boolean | undefined;
}

export interface DeleteBucketProgress extends EmptyProgress {
  done: boolean;
}

export interface DeleteBucketOptions {
  signal?: AbortSignal | undefined;
  /** A gentle stop while emptying, read between requests (see emptyBucket). */
  stop?: AbortSignal | undefined;
  onProgress?: ((progress: DeleteBucketProgress) => void) | undefined;
}

export async function deleteBucket(
  client: S3Client,
  request: DeleteBucketRequest,
  options: DeleteBucketOptions = {},
): Promise<void> {
  const { signal, stop, onProgress } = options;
  let emptied: EmptyProgress = { deletedObjects: 0, abortedUploads: 0 };
  if (request.emptyFirst === true) {
    emptied = await emptyBucket(client, request.bucket, {
      signal,
      stop,
      onProgress: (p) => onProgress?.({ ...p, done: false }),
    });
  }
  throwIfCanceled(stop);
  await client.send(new DeleteBucketCommand({ Bucket: request.bucket }), { abortSignal: signal });
  onProgress?.({ ...emptied, done: true });
}
