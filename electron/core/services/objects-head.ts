import { HeadObjectCommand, S3ServiceException } from '@aws-sdk/client-s3';
import type { S3Client } from '@aws-sdk/client-s3';
import { AppError } from '../../../shared/contract/envelope.js';
import type { ObjectHead } from '../../../shared/domain/object-head.js';

export async function headObject(
  client: S3Client,
  request: { bucket: string; key: string; versionId?: string | undefined },
  signal?: AbortSignal,
): Promise<ObjectHead> {
  try {
    const out = await client.send(
      new HeadObjectCommand({
        Bucket: request.bucket,
        Key: request.key,
        VersionId: request.versionId,
      }),
      { abortSignal: signal },
    );
    return {
      size: out.ContentLength ?? 0,
      etag: out.ETag ?? null,
      contentType: out.ContentType ?? null,
      lastModified: out.LastModified?.toISOString() ?? null,
      storageClass: out.StorageClass ?? 'STANDARD',
      cacheControl: out.CacheControl ?? null,
      contentDisposition: out.ContentDisposition ?? null,
      contentEncoding: out.ContentEncoding ?? null,
      contentLanguage: out.ContentLanguage ?? null,
      // The SDK parses Expires into a Date and keeps the raw header in ExpiresString.
      expires: out.ExpiresString ?? out.Expires?.toUTCString() ?? null,
      versionId: out.VersionId ?? null,
      metadata: out.Metadata ?? {},
    };
  } catch (err) {
    // HEAD has no body, so the SDK only knows "NotFound"; for an object that is NoSuchKey.
    if (err instanceof S3ServiceException && err.$metadata.httpStatusCode === 404) {
      throw new AppError('NoSuchKey', 'The object does not exist.', {
        s3Code: err.name,
        status: 404,
        requestId: err.$metadata.requestId,
      });
    }
    throw err;
  }
}
