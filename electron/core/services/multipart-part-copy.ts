import { UploadPartCopyCommand } from '@aws-sdk/client-s3';
import type { CopyConditions, ObjectLocation } from '../../../shared/domain/copy-request.js';
import type { ByteRange, PartCopyResult } from '../../../shared/domain/multipart-upload.js';
import { assertUploadPartCopyAllowed } from '../s3/rules/copy-rules.js';
import { copySource } from '../s3/rules/copy-source.js';
import { quoteEtag } from '../s3/rules/etag.js';
import type { CopySession } from './copy-types.js';
import type { UploadRef } from './multipart-upload.js';

export interface PartCopyRequest {
  upload: UploadRef;
  partNumber: number;
  source: ObjectLocation;
  /** Inclusive; the whole source when omitted. */
  range?: ByteRange | undefined;
  conditions?: CopyConditions | undefined;
}

/** One part of a multipart upload, copied server-side from (a range of) an existing object. */
export async function uploadPartCopy(
  session: CopySession,
  request: PartCopyRequest,
  signal?: AbortSignal,
): Promise<PartCopyResult> {
  assertUploadPartCopyAllowed(session.dialect, request.conditions);
  const { upload, range, conditions = {} } = request;
  const out = await session.client.send(
    new UploadPartCopyCommand({
      Bucket: upload.bucket,
      Key: upload.key,
      UploadId: upload.uploadId,
      PartNumber: request.partNumber,
      CopySource: copySource(request.source.bucket, request.source.key),
      CopySourceRange: range === undefined ? undefined : `bytes=${range.start}-${range.end}`,
      CopySourceIfMatch: conditions.ifMatch,
      CopySourceIfNoneMatch: conditions.ifNoneMatch,
      CopySourceIfModifiedSince:
        conditions.ifModifiedSince === undefined ? undefined : new Date(conditions.ifModifiedSince),
      CopySourceIfUnmodifiedSince:
        conditions.ifUnmodifiedSince === undefined
          ? undefined
          : new Date(conditions.ifUnmodifiedSince),
    }),
    { abortSignal: signal },
  );
  const etag = quoteEtag(out.CopyPartResult?.ETag);
  if (etag === undefined) throw new Error(`UploadPartCopy ${request.partNumber} answered no ETag`);
  return { etag, lastModified: out.CopyPartResult?.LastModified?.toISOString() ?? null };
}
