import {
  ListMultipartUploadsCommand,
  ListPartsCommand,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import type {
  ListMultipartUploadsCommandOutput,
  ListPartsCommandOutput,
  S3Client,
} from '@aws-sdk/client-s3';
import { AppError } from '../../../shared/contract/envelope.js';
import type { PartPage, UploadPage } from '../../../shared/domain/multipart-upload.js';
import { DEFAULT_PAGE_SIZE, keyAdvances, numberAdvances } from '../s3/page-guard.js';
import type { PageFacts } from '../s3/page-guard.js';
import { guardPage } from '../s3/page-trails.js';
import type { UploadRef } from './multipart-upload.js';

/** Where a page of uploads ends: uploads of one key are ordered by time, not by id. */
export interface UploadPosition {
  key: string;
  uploadId: string;
}

export function uploadAdvances(previous: UploadPosition, next: UploadPosition): boolean {
  return (
    keyAdvances(previous.key, next.key) ||
    (previous.key === next.key && previous.uploadId !== next.uploadId)
  );
}

/** The two markers travel as one cursor through the paging guard. */
export function uploadCursor(keyMarker: string | undefined, uploadIdMarker: string | undefined) {
  return keyMarker === undefined ? undefined : JSON.stringify([keyMarker, uploadIdMarker ?? '']);
}

export function uploadPageFacts(
  out: ListMultipartUploadsCommandOutput,
  asked: number | undefined,
): PageFacts<UploadPosition> {
  const uploads = out.Uploads ?? [];
  const last = uploads.at(-1);
  return {
    asked: asked ?? DEFAULT_PAGE_SIZE,
    entries: uploads.length,
    last: last?.Key === undefined ? undefined : { key: last.Key, uploadId: last.UploadId ?? '' },
    truncated: out.IsTruncated === true,
    next: uploadCursor(out.NextKeyMarker, out.NextUploadIdMarker),
  };
}

export function partPageFacts(
  out: ListPartsCommandOutput,
  asked: number | undefined,
): PageFacts<number> {
  const parts = out.Parts ?? [];
  return {
    asked: asked ?? DEFAULT_PAGE_SIZE,
    entries: parts.length,
    last: parts.at(-1)?.PartNumber,
    truncated: out.IsTruncated === true,
    next: out.NextPartNumberMarker,
  };
}

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
  await guardPage(
    client,
    {
      scope: `ListParts\n${upload.bucket}\n${upload.key}\n${upload.uploadId}`,
      operation: 'ListParts',
      cursor: page.partNumberMarker,
      advances: numberAdvances,
    },
    partPageFacts(out, page.maxParts),
  );
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
  await guardPage(
    client,
    {
      scope: `ListMultipartUploads\n${request.bucket}\n${request.prefix ?? ''}`,
      operation: 'ListMultipartUploads',
      cursor: uploadCursor(request.keyMarker, request.uploadIdMarker),
      advances: uploadAdvances,
    },
    uploadPageFacts(out, request.maxUploads),
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
