import { HeadBucketCommand, S3ServiceException } from '@aws-sdk/client-s3';
import type { S3Client } from '@aws-sdk/client-s3';
import type { BucketHead } from '../../../shared/domain/bucket-ops.js';

/** AWS names a bucket's region on HEAD answers, errors included. */
function regionHeader(err: S3ServiceException): string | undefined {
  const headers = (err as { $response?: { headers?: Record<string, string | undefined> } })
    .$response?.headers;
  return headers?.['x-amz-bucket-region'];
}

const withRegion = (state: BucketHead['state'], region: string | undefined): BucketHead =>
  region === undefined || region === '' ? { state } : { state, region };

/**
 * HEAD has no body, so the status alone tells the cases apart: 403 is a bucket that exists but
 * is not ours to see, 404 one that does not exist. Other failures (network, 5xx) throw.
 */
export async function headBucket(
  client: S3Client,
  bucket: string,
  signal?: AbortSignal,
): Promise<BucketHead> {
  try {
    const out = await client.send(new HeadBucketCommand({ Bucket: bucket }), {
      abortSignal: signal,
    });
    return withRegion('exists', out.BucketRegion);
  } catch (err) {
    if (!(err instanceof S3ServiceException)) throw err;
    const status = err.$metadata.httpStatusCode;
    if (status === 403) return withRegion('forbidden', regionHeader(err));
    if (status === 404) return { state: 'missing' };
    // AWS: the bucket lives in another region than the client's.
    if (status === 301 && regionHeader(err) !== undefined) {
      return withRegion('exists', regionHeader(err));
    }
    throw err;
  }
}
