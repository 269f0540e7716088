import { GetObjectCommand } from '@aws-sdk/client-s3';
import type { S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type { ObjectLocation } from '../../../shared/domain/copy-request.js';
import type { PresignedUrl } from '../../../shared/domain/presign-request.js';
import { checkPresignExpiry } from '../s3/rules/presign-rules.js';

export interface PresignGetOptions {
  /** Sets Content-Disposition on the download, e.g. `attachment; filename="a.txt"`. */
  responseContentDisposition?: string | undefined;
  /** Sign for this version; the link then keeps serving it after newer versions arrive. */
  versionId?: string | undefined;
}

/** A GET URL anyone holding it may use until it expires; signing happens locally. */
export async function presignGet(
  client: S3Client,
  location: ObjectLocation,
  expiresInSeconds: number,
  options: PresignGetOptions = {},
): Promise<PresignedUrl> {
  checkPresignExpiry(expiresInSeconds);
  const signedAt = Date.now();
  const url = await getSignedUrl(
    client,
    new GetObjectCommand({
      Bucket: location.bucket,
      Key: location.key,
      VersionId: options.versionId,
      ResponseContentDisposition: options.responseContentDisposition,
    }),
    // x-amz-* headers the SDK adds (x-amz-checksum-mode on AWS) are hoisted into the
    // query, so only `host` is signed and a plain browser GET works.
    { expiresIn: expiresInSeconds, signingDate: new Date(signedAt) },
  );
  return { url, expiresAt: new Date(signedAt + expiresInSeconds * 1000).toISOString() };
}
