import {
  ListMultipartUploadsCommand,
  ListPartsCommand,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import type { S3Client } from '@aws-sdk/client-s3';
import { AppError } from '../../../shared/contract/envelope.js';
import type { PartPage, UploadPage } from '../../../shared/domain/multipart-upload.js';
import type { UploadRef } from './multipart-upload.js';

export interface PartPageRequest {
  partNumberMarker?: string | undefined;
  maxParts?: number | undefined;
}

/**
 * RGW answers ListParts for a finished or aborted upload with NoSuchKey; the key is
 * not what is missing, so say what is.
 */
function missingUpload(err: unknown): never {
  if (err instanceof S3ServiceException && err.name === 'NoSuchKey') {
    throw new AppError(
      'NoSuchUpload',
      'The multipart upload does not exist: it was completed or aborted.',
      { s3Code: err.name, status: err.$metadata.httpStatusCode },
    );
  }
  throw err;
}

/** One page of an upload's parts (at most 1,000). */
export async function listParts(
  client: S3Client,
  upload: UploadRef,
  page: PartPageRequest = {},
  signal?: AbortSignal,
): Promise<PartPage> {
  const out = await client
    .send(
      new ListPartsCommand({
        Bucket: upload.bucket,
        Key: upload.key,
        UploadId: upload.uploadId,
        PartNumberMarker: page.partNumberMarker,
        MaxParts: page.maxParts,
      }),
      { abortSignal: signal },
    )
    .catch(missingUpload);
  return {
    parts: (out.Parts ?? []).flatMap((p) =>
      p.PartNumber === undefined
        ? []
        : [
            {
              partNumber: p.PartNumber,
              size: p.Size ?? 0,
              etag: p.ETag ?? null,
              lastModified: p.LastModified?.toISOString() ?? null,
            },
          ],
    ),
    nextPartNumberMarker: out.IsTruncated === true ? (out.NextPartNumberMarker ?? null) : null,
  };
}

export interface UploadPageRequest {
  bucket: string;
  prefix?: string | undefined;
  keyMarker?: string | undefined;
  uploadIdMarker?: string | undefined;
  maxUploads?: number | undefined;
}

/** One page of a bucket's unfinished multipart uploads (at most 1,000). */
export async function listUploads(
  client: S3Client,
  request: UploadPageRequest,
  signal?: AbortSignal,
): Promise<UploadPage> {
  const out = await client.send(
    new ListMultipartUploadsCommand({
      Bucket: request.bucket,
      Prefix: request.prefix === '' ? undefined : request.prefix,
      KeyMarker: request.keyMarker,
      UploadIdMarker: request.uploadIdMarker,
      MaxUploads: request.maxUploads,
    }),
    { abortSignal: signal },
  );
  const truncated = out.IsTruncated === true;
  return {
    uploads: (out.Uploads ?? []).flatMap((u) =>
      u.Key === undefined || u.UploadId === undefined
        ? []
        : [{ key: u.Key, uploadId: u.UploadId, initiated: u.Initiated?.toISOString() ?? null }],
    ),
    nextKeyMarker: truncated ? (out.NextKeyMarker ?? null) : null,
    nextUploadIdMarker: truncated ? (out.NextUploadIdMarker ?? null) : null,
  };
}
