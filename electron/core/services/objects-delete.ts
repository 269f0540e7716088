import { DeleteObjectCommand } from '@aws-sdk/client-s3';
import type { S3Client } from '@aws-sdk/client-s3';

/** Idempotent, as on S3: deleting a key that is not there succeeds. */
export async function deleteObject(
  client: S3Client,
  request: { bucket: string; key: string },
  signal?: AbortSignal,
): Promise<void> {
  await client.send(new DeleteObjectCommand({ Bucket: request.bucket, Key: request.key }), {
    abortSignal: signal,
  });
}
