import { GetBucketVersioningCommand, PutBucketVersioningCommand } from '@aws-sdk/client-s3';
import type { S3Client } from '@aws-sdk/client-s3';
import type {
  VersioningChange,
  VersioningStatus,
} from '../../../../shared/domain/config/versioning.js';
import { withCompatibleChecksum } from './checksum.js';

/** S3 answers no Status at all for a bucket whose versioning was never enabled. */
export async function getBucketVersioning(
  client: S3Client,
  bucket: string,
  signal?: AbortSignal,
): Promise<VersioningStatus> {
  const out = await client.send(new GetBucketVersioningCommand({ Bucket: bucket }), {
    abortSignal: signal,
  });
  return out.Status === 'Enabled' || out.Status === 'Suspended' ? out.Status : 'Off';
}

export async function putBucketVersioning(
  client: S3Client,
  bucket: string,
  status: VersioningChange,
  signal?: AbortSignal,
): Promise<void> {
  const command = new PutBucketVersioningCommand({
    Bucket: bucket,
    VersioningConfiguration: { Status: status },
  });
  await client.send(await withCompatibleChecksum(client, command), { abortSignal: signal });
}
