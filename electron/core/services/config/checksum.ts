import type { S3Client } from '@aws-sdk/client-s3';
import { useContentMd5, wantsContentMd5 } from '../../s3/content-md5-middleware.js';

/**
 * Configuration PUTs are "checksum required" operations. Non-AWS servers predate
 * flexible checksums and want Content-MD5 there (JD Cloud's replication docs say so),
 * so those clients send it instead of the SDK's CRC32. Only for operations that carry
 * a checksum at all (PutBucketNotificationConfiguration does not).
 */
export async function withCompatibleChecksum<C extends { readonly middlewareStack: object }>(
  client: S3Client,
  command: C,
): Promise<C> {
  return (await wantsContentMd5(client)) ? useContentMd5(command) : command;
}
