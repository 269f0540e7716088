import { CreateBucketCommand, ListBucketsCommand } from '@aws-sdk/client-s3';
import type { BucketLocationConstraint, S3Client } from '@aws-sdk/client-s3';
import { AppError } from '../../../shared/contract/envelope.js';
import type { BucketCannedAcl } from '../../../shared/domain/bucket-ops.js';

export interface CreateBucketRequest {
  bucket: string;
  /** LocationConstraint; undefined means the server's default. */
  region?: string | undefined;
  acl?: BucketCannedAcl | undefined;
  /** Object lock (and with it versioning) from the start; it cannot be turned off. */
  objectLock?: boolean | undefined;
}

/** us-east-1 is S3's default location, and AWS refuses it when named explicitly. */
const DEFAULT_LOCATION = 'us-east-1';

const ALREADY_OWNED = 'You already own a bucket with this name.';

/**
 * Whether these keys' owner already has the bucket. Ceph RGW (and AWS in us-east-1) answer 200
 * to creating your own bucket again, and RGW then applies the request's ACL to it: asking first
 * is the only way to say so and leave the bucket as it was. Undefined when the keys may not
 * list buckets; the create then goes ahead as before.
 */
async function alreadyOwned(
  client: S3Client,
  bucket: string,
  signal?: AbortSignal,
): Promise<boolean | undefined> {
  try {
    const out = await client.send(new ListBucketsCommand({}), { abortSignal: signal });
    return (out.Buckets ?? []).some((b) => b.Name === bucket);
  } catch (err) {
    if (err instanceof Error && (err.name === 'AccessDenied' || err.name === 'Forbidden')) {
      return undefined;
    }
    throw err;
  }
}

export async function createBucket(
  client: S3Client,
  request: CreateBucketRequest,
  signal?: AbortSignal,
): Promise<{ location: string | null }> {
  const { bucket, region, acl, objectLock } = request;
  if ((await alreadyOwned(client, bucket, signal)) === true) {
    throw new AppError('BucketAlreadyOwnedByYou', ALREADY_OWNED, { bucket });
  }
  const out = await client.send(
    new CreateBucketCommand({
      Bucket: bucket,
      ACL: acl,
      ObjectLockEnabledForBucket: objectLock === true ? true : undefined,
      CreateBucketConfiguration:
        region === undefined || region === DEFAULT_LOCATION
          ? undefined
          : // The SDK's enum lists AWS regions; RGW zonegroups and other providers' regions differ.
            { LocationConstraint: region as BucketLocationConstraint },
    }),
    { abortSignal: signal },
  );
  return { location: out.Location ?? null };
}
