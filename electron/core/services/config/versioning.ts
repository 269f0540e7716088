import { GetBucketVersioningCommand, PutBucketVersioningCommand } from '@aws-sdk/client-s3';
import type { S3Client } from '@aws-sdk/client-s3';
import type {
  VersioningChange,
  VersioningState,
  VersioningStatus,
} from '../../../../shared/domain/config/versioning.js';
import { withCompatibleChecksum } from './checksum.js';

/**
 * S3 answers no Status at all for a bucket whose versioning was never enabled, and MFADelete
 * only where the provider keeps it (AWS once it was ever set; RGW when MFA delete is on).
 */
export async function readBucketVersioning(
  client: S3Client,
  bucket: string,
  signal?: AbortSignal,
): Promise<VersioningState> {
  const out = await client.send(new GetBucketVersioningCommand({ Bucket: bucket }), {
    abortSignal: signal,
  });
  const status = out.Status === 'Enabled' || out.Status === 'Suspended' ? out.Status : 'Off';
  const mfa = out.MFADelete;
  return mfa === 'Enabled' || mfa === 'Disabled' ? { status, mfaDelete: mfa } : { status };
}

export async function getBucketVersioning(
  client: S3Client,
  bucket: string,
  signal?: AbortSignal,
): Promise<VersioningStatus> {
  return (await readBucketVersioning(client, bucket, signal)).status;
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
