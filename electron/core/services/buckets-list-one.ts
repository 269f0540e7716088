import type { S3Client } from '@aws-sdk/client-s3';
import { AppError } from '../../../shared/contract/envelope.js';
import type { BucketRow } from '../../../shared/domain/listing.js';
import type { ClientSettings } from '../s3/client-factory.js';
import { explainUntrusted } from '../s3/certificate-info.js';
import { createS3Client } from '../s3/client-factory.js';
import { headBucket } from './buckets-head.js';

/**
 * A bucket-only connection's "listing": HeadBucket on its one bucket, never ListBuckets, which
 * keys scoped to one bucket are usually refused. HEAD carries no error body, so a 403 may be
 * a wrong secret as well as a missing permission, and the message says both.
 */
export async function listOneBucket(
  client: S3Client,
  bucket: string,
  signal?: AbortSignal,
): Promise<BucketRow[]> {
  const head = await headBucket(client, bucket, signal);
  if (head.state === 'forbidden') {
    throw new AppError(
      'AccessDenied',
      `Access to bucket "${bucket}" was denied: the keys are wrong or may not open it.`,
      { bucket },
    );
  }
  if (head.state === 'missing') {
    throw new AppError('NoSuchBucket', `There is no bucket "${bucket}" on this endpoint.`, {
      bucket,
    });
  }
  // HeadBucket does not tell when the bucket was made.
  return [{ name: bucket, createdAt: null }];
}

/** Connection test of a bucket-only connection: one HeadBucket, no retries, fails fast. */
export async function testOneBucket(
  settings: ClientSettings,
  bucket: string,
  signal?: AbortSignal,
): Promise<{ bucketCount: number; elapsedMs: number; bucket: string }> {
  const client = createS3Client(settings, { maxAttempts: 1, connectTimeoutMs: 4_000 });
  const started = performance.now();
  try {
    await listOneBucket(client, bucket, signal);
    return { bucketCount: 1, elapsedMs: Math.round(performance.now() - started), bucket };
  } catch (err) {
    throw await explainUntrusted(err, settings);
  } finally {
    client.destroy();
  }
}
