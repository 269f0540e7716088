import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  HeadObjectCommand,
} from '@aws-sdk/client-s3';
import type { S3Client, StorageClass as SdkStorageClass } from '@aws-sdk/client-s3';
import type { ObjectLocation, UserMetadata } from '../../../shared/domain/copy-request.js';
import type { CompletedPart, CompletedUpload } from '../../../shared/domain/multipart-upload.js';
import { contentTypeFor } from '../s3/content-type.js';
import { quoteEtag } from '../s3/rules/etag.js';

export interface UploadRef extends ObjectLocation {
  uploadId: string;
}

export interface CreateUploadRequest extends ObjectLocation {
  /** Chosen from the key's file name when left out (see contentTypeFor). */
  contentType?: string | undefined;
  cacheControl?: string | undefined;
  metadata?: UserMetadata | undefined;
  storageClass?: SdkStorageClass | undefined;
}

export async function createUpload(
  client: S3Client,
  request: CreateUploadRequest,
  signal?: AbortSignal,
): Promise<{ uploadId: string }> {
  const out = await client.send(
    new CreateMultipartUploadCommand({
      Bucket: request.bucket,
      Key: request.key,
      ContentType: request.contentType ?? contentTypeFor(request.key),
      CacheControl: request.cacheControl,
      Metadata: request.metadata,
      StorageClass: request.storageClass,
    }),
    { abortSignal: signal },
  );
  if (out.UploadId === undefined) throw new Error('CreateMultipartUpload answered no UploadId');
  return { uploadId: out.UploadId };
}

/** Parts go in ascending order, as S3 requires, whatever order they finished in. */
export async function completeUpload(
  client: S3Client,
  upload: UploadRef,
  parts: readonly CompletedPart[],
  signal?: AbortSignal,
): Promise<CompletedUpload> {
  const sorted = [...parts].sort((a, b) => a.partNumber - b.partNumber);
  const out = await client.send(
    new CompleteMultipartUploadCommand({
      Bucket: upload.bucket,
      Key: upload.key,
      UploadId: upload.uploadId,
      MultipartUpload: { Parts: sorted.map((p) => ({ PartNumber: p.partNumber, ETag: p.etag })) },
    }),
    { abortSignal: signal },
  );
  let etag = quoteEtag(out.ETag);
  if (etag === undefined) {
    // RGW answers an empty ETag here; the stored object has the real "md5-N" one.
    const head = await client.send(
      new HeadObjectCommand({ Bucket: upload.bucket, Key: upload.key, VersionId: out.VersionId }),
      { abortSignal: signal },
    );
    etag = head.ETag;
  }
  return { etag: etag ?? null, versionId: out.VersionId ?? null };
}

export async function abortUpload(
  client: S3Client,
  upload: UploadRef,
  signal?: AbortSignal,
): Promise<void> {
  await client.send(
    new AbortMultipartUploadCommand({
      Bucket: upload.bucket,
      Key: upload.key,
      UploadId: upload.uploadId,
    }),
    { abortSignal: signal },
  );
}
