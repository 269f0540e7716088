import { DeleteObjectCommand } from '@aws-sdk/client-s3';
import type { S3Client } from '@aws-sdk/client-s3';
import { explainLockRefusal } from './object-lock/lock-refusal.js';

/**
 * Idempotent, as on S3: deleting a key that is not there succeeds. Without a version id a
 * versioned bucket only adds a delete marker; deleting a version removes it for good, and a
 * refusal by its retention or legal hold comes back as `ObjectLocked` saying which.
 */
export async function deleteObject(
  client: S3Client,
  request: { bucket: string; key: string; versionId?: string | undefined },
  signal?: AbortSignal,
): Promise<void> {
  const { bucket, key, versionId } = request;
  try {
    await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key, VersionId: versionId }), {
      abortSignal: signal,
    });
  } catch (err) {
    throw await explainLockRefusal(client, request, err, signal);
  }
}
