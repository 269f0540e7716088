import { CopyObjectCommand, HeadObjectCommand, S3ServiceException } from '@aws-sdk/client-s3';
import type { HeadObjectCommandOutput } from '@aws-sdk/client-s3';
import { AppError } from '../../../shared/contract/envelope.js';
import type { CopyResult, ObjectLocation } from '../../../shared/domain/copy-request.js';
import { assertCopyAllowed } from '../s3/rules/copy-rules.js';
import { copySource } from '../s3/rules/copy-source.js';
import { quoteEtag } from '../s3/rules/etag.js';
import { addLegacyCopyConditions } from '../s3/rules/legacy-copy-conditions.js';
import { MAX_SINGLE_COPY_BYTES } from '../s3/rules/part-plan.js';
import { copyInParts } from './copy-multipart.js';
import { tagging } from './copy-types.js';
import type { CopyRequest, CopyRunOptions, CopySession } from './copy-types.js';

export type { CopyRequest, CopyRunOptions, CopySession } from './copy-types.js';

/** HeadObject answers a bare 404 without a code; name it as the missing source it is. */
export async function headSource(
  session: CopySession,
  source: ObjectLocation,
  signal?: AbortSignal,
  versionId?: string,
): Promise<HeadObjectCommandOutput> {
  try {
    return await session.client.send(
      new HeadObjectCommand({ Bucket: source.bucket, Key: source.key, VersionId: versionId }),
      { abortSignal: signal },
    );
  } catch (err) {
    if (err instanceof S3ServiceException && err.name === 'NotFound') {
      throw new AppError('NoSuchKey', 'The source object does not exist.', {
        bucket: source.bucket,
        key: source.key,
      });
    }
    throw err;
  }
}

/** RGW answers 304 for a failing if-none-match or if-modified-since; S3 says 412. */
function notModified(err: unknown): never {
  // Checked by shape: a bodiless 304 does not always come back as an S3ServiceException.
  const status = (err as { $metadata?: { httpStatusCode?: number } } | null)?.$metadata
    ?.httpStatusCode;
  if (status === 304) {
    throw new AppError(
      'PreconditionFailed',
      'The source object does not meet the copy conditions.',
    );
  }
  throw err;
}

const toDate = (iso: string | undefined): Date | undefined =>
  iso === undefined ? undefined : new Date(iso);

/**
 * Copies one object server-side: one CopyObject up to the threshold, UploadPartCopy
 * beyond it. Provider restrictions are checked before anything is sent.
 */
export async function copyObject(
  session: CopySession,
  request: CopyRequest,
  run: CopyRunOptions = {},
): Promise<CopyResult> {
  const options = request.options ?? {};
  assertCopyAllowed(session.dialect, options);
  const threshold = Math.min(
    run.multipartThreshold ?? MAX_SINGLE_COPY_BYTES,
    MAX_SINGLE_COPY_BYTES,
  );

  let size = run.knownSourceSize;
  if (size === undefined || size > threshold) {
    const head = await headSource(session, request.source, run.signal, request.sourceVersionId);
    size = head.ContentLength ?? 0;
    if (size > threshold && size > 0) return copyInParts(session, request, head, run);
  }

  const { source, target } = request;
  const conditions = options.conditions ?? {};
  const replace = options.metadataDirective === 'REPLACE';
  let command = new CopyObjectCommand({
    Bucket: target.bucket,
    Key: target.key,
    CopySource: copySource(source.bucket, source.key, request.sourceVersionId),
    MetadataDirective: options.metadataDirective,
    Metadata: replace ? options.metadata : undefined,
    ContentType: replace ? options.contentType : undefined,
    CacheControl: replace ? options.cacheControl : undefined,
    ContentDisposition: replace ? options.contentDisposition : undefined,
    ContentEncoding: replace ? options.contentEncoding : undefined,
    ContentLanguage: replace ? options.contentLanguage : undefined,
    Expires: replace ? toDate(options.expires) : undefined,
    StorageClass: options.storageClass,
    CopySourceIfMatch: conditions.ifMatch,
    CopySourceIfNoneMatch: conditions.ifNoneMatch,
    CopySourceIfModifiedSince: toDate(conditions.ifModifiedSince),
    CopySourceIfUnmodifiedSince: toDate(conditions.ifUnmodifiedSince),
    TaggingDirective: options.taggingDirective,
    Tagging: options.taggingDirective === 'REPLACE' ? tagging(options.tags ?? {}) : undefined,
  });
  if (session.dialect.copy.conditionHeaders === 'legacy') {
    command = addLegacyCopyConditions(command, conditions);
  }
  const out = await session.client.send(command, { abortSignal: run.signal }).catch(notModified);
  run.onProgress?.(size, size);
  return {
    etag: quoteEtag(out.CopyObjectResult?.ETag) ?? null,
    lastModified: out.CopyObjectResult?.LastModified?.toISOString() ?? null,
    versionId: out.VersionId ?? null,
    method: 'single',
    parts: 1,
  };
}
