import { CreateBucketCommand } from '@aws-sdk/client-s3';
import type { BucketLocationConstraint, S3Client } from '@aws-sdk/client-s3';
import type { BucketCannedAcl } from '../../../shared/domain/bucket-ops.js';

export interface CreateBucketRequest {
  bucket: string;
  /** LocationConstraint; undefined means the server's default. */
  region?: string | undefined;
  acl?: BucketCannedAcl | undefined;
}

/** us-east-1 is S3's default location, and AWS refuses it when named explicitly. */
const DEFAULT_LOCATION = 'us-east-1';

export async function createBucket(
  client: S3Client,
  request: CreateBucketRequest,
  signal?: AbortSignal,
): Promise<{ location: string | null }> {
  const { bucket, region, acl } = request;
  const out = await client.send(
    new CreateBucketCommand({
      Bucket: bucket,
      ACL: acl,
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
