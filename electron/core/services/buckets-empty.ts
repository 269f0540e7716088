import { AbortMultipartUploadCommand, ListMultipartUploadsCommand } from '@aws-sdk/client-s3';
import type { S3Client } from '@aws-sdk/client-s3';
import { S3ServiceException } from '@aws-sdk/client-s3';
import { AppError } from '../../../shared/contract/envelope.js';
import { PageGuard } from '../s3/page-guard.js';
import { serverName } from '../s3/server-misbehaved.js';
import { uploadAdvances, uploadPageFacts } from './multipart-list.js';
import { throwIfCanceled } from './objects-cancel.js';
import { deleteUnderPrefix } from './objects-delete-prefix.js';

export interface EmptyProgress {
  deletedObjects: number;
  abortedUploads: number;
}

export interface EmptyBucketOptions {
  signal?: AbortSignal | undefined;
  /** A gentle stop, read between requests (none is cut off): it then throws Canceled. */
  stop?: AbortSignal | undefined;
  onProgress?: ((progress: EmptyProgress) => void) | undefined;
}

const ABORT_CONCURRENCY = 8;
/** How many refused keys an error carries; the count says how many there were. */
const REPORTED_FAILURES = 20;

/**
 * Deletes every object and aborts every unfinished multipart upload, whose parts would
 * otherwise keep DeleteBucket answering BucketNotEmpty.
 */
export async function emptyBucket(
  client: S3Client,
  bucket: string,
  options: EmptyBucketOptions = {},
): Promise<EmptyProgress> {
  const { signal, stop, onProgress } = options;
  const progress: EmptyProgress = { deletedObjects: 0, abortedUploads: 0 };
  const result = await deleteUnderPrefix(client, bucket, '', {
    signal,
    stop,
    onProgress: (deleted) => {
      progress.deletedObjects = deleted;
      onProgress?.({ ...progress });
    },
  });
  progress.deletedObjects = result.deleted;
  if (result.errors.length > 0) {
    const [first] = result.errors;
    throw new AppError(
      'BucketNotEmpty',
      `${result.errors.length} objects could not be deleted (first: ${first?.key}: ${first?.code}).`,
      { failures: result.errors.slice(0, REPORTED_FAILURES), failed: result.errors.length },
    );
  }
  await abortUploads(client, bucket, { signal, stop }, () => {
    progress.abortedUploads++;
    onProgress?.({ ...progress });
  });
  return progress;
}

async function abortUploads(
  client: S3Client,
  bucket: string,
  { signal, stop }: Pick<EmptyBucketOptions, 'signal' | 'stop'>,
  onAborted: () => void,
): Promise<void> {
  const guard = new PageGuard(await serverName(client), 'ListMultipartUploads', uploadAdvances);
  let keyMarker: string | undefined;
  let uploadIdMarker: string | undefined;
  do {
    throwIfCanceled(signal);
    throwIfCanceled(stop);
    const page = await client.send(
      new ListMultipartUploadsCommand({
        Bucket: bucket,
        KeyMarker: keyMarker,
        UploadIdMarker: uploadIdMarker,
      }),
      { abortSignal: signal },
    );
    const more = guard.next(uploadPageFacts(page, undefined)) !== undefined;
    const uploads = (page.Uploads ?? []).flatMap((u) =>
      u.Key === undefined || u.UploadId === undefined ? [] : [{ key: u.Key, id: u.UploadId }],
    );
    for (let i = 0; i < uploads.length; i += ABORT_CONCURRENCY) {
      throwIfCanceled(signal);
      throwIfCanceled(stop);
      await Promise.all(
        uploads.slice(i, i + ABORT_CONCURRENCY).map(async ({ key, id }) => {
          await abortUpload(client, bucket, key, id, signal);
          onAborted();
        }),
      );
    }
    keyMarker = more ? page.NextKeyMarker : undefined;
    uploadIdMarker = more ? page.NextUploadIdMarker : undefined;
  } while (keyMarker !== undefined);
}

async function abortUpload(
  client: S3Client,
  bucket: string,
  key: string,
  uploadId: string,
  signal: AbortSignal | undefined,
): Promise<void> {
  try {
    await client.send(
      new AbortMultipartUploadCommand({ Bucket: bucket, Key: key, UploadId: uploadId }),
      { abortSignal: signal },
    );
  } catch (err) {
    // Completed or aborted meanwhile by someone else: gone either way.
    if (err instanceof S3ServiceException && err.name === 'NoSuchUpload') return;
    throw err;
  }
}
