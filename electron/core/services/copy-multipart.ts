import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  GetObjectTaggingCommand,
  HeadObjectCommand,
  S3ServiceException,
  UploadPartCopyCommand,
} from '@aws-sdk/client-s3';
import type {
  CompleteMultipartUploadCommandOutput,
  CreateMultipartUploadCommandInput,
  HeadObjectCommandOutput,
} from '@aws-sdk/client-s3';
import type { CopyResult } from '../../../shared/domain/copy-request.js';
import { assertCopyConditions } from '../s3/rules/copy-conditions.js';
import { copySource } from '../s3/rules/copy-source.js';
import { quoteEtag } from '../s3/rules/etag.js';
import { defaultCopyPartSize, planParts } from '../s3/rules/part-plan.js';
import { runLimited } from './copy-concurrency.js';
import { tagging } from './copy-types.js';
import type { CopyRequest, CopyRunOptions, CopySession } from './copy-types.js';

const DEFAULT_PART_CONCURRENCY = 4;

function targetMetadata(
  request: CopyRequest,
  head: HeadObjectCommandOutput,
): Partial<CreateMultipartUploadCommandInput> {
  const options = request.options ?? {};
  if (options.metadataDirective === 'REPLACE') {
    return {
      Metadata: options.metadata,
      ContentType: options.contentType,
      CacheControl: options.cacheControl,
      ContentDisposition: options.contentDisposition,
      ContentEncoding: options.contentEncoding,
      ContentLanguage: options.contentLanguage,
      Expires: options.expires === undefined ? undefined : new Date(options.expires),
    };
  }
  // A new upload starts bare: COPY means carrying every stored header over by hand.
  return {
    Metadata: head.Metadata,
    ContentType: head.ContentType,
    CacheControl: head.CacheControl,
    ContentDisposition: head.ContentDisposition,
    ContentEncoding: head.ContentEncoding,
    ContentLanguage: head.ContentLanguage,
    Expires: head.Expires,
  };
}

async function targetTagging(
  session: CopySession,
  request: CopyRequest,
  signal: AbortSignal | undefined,
): Promise<string | undefined> {
  const options = request.options ?? {};
  if (options.taggingDirective === 'REPLACE') return tagging(options.tags ?? {});
  if (!session.dialect.copy.taggingDirective) return undefined;
  try {
    const out = await session.client.send(
      new GetObjectTaggingCommand({
        Bucket: request.source.bucket,
        Key: request.source.key,
        VersionId: request.sourceVersionId,
      }),
      { abortSignal: signal },
    );
    const tags = Object.fromEntries(
      (out.TagSet ?? []).flatMap((t) =>
        t.Key === undefined ? [] : [[t.Key, t.Value ?? ''] as const],
      ),
    );
    return Object.keys(tags).length === 0 ? undefined : tagging(tags);
  } catch (err) {
    // A server without object tagging has no tags to carry over.
    if (
      err instanceof S3ServiceException &&
      ['NotImplemented', 'MethodNotAllowed'].includes(err.name)
    ) {
      return undefined;
    }
    throw err;
  }
}

/**
 * CopyObject stops at 5 GiB: larger objects are copied as UploadPartCopy ranges of
 * one multipart upload. The source version (or ETag) is pinned on every part so a
 * source overwritten mid-copy fails the copy instead of mixing two versions.
 */
export async function copyInParts(
  session: CopySession,
  request: CopyRequest,
  head: HeadObjectCommandOutput,
  run: CopyRunOptions,
): Promise<CopyResult> {
  const { client, dialect } = session;
  const { source, target } = request;
  const options = request.options ?? {};
  assertCopyConditions(options.conditions, { etag: head.ETag, lastModified: head.LastModified });

  const size = head.ContentLength ?? 0;
  const plan = planParts(size, run.partSize ?? defaultCopyPartSize(size));
  const abortSignal = run.signal;
  const created = await client.send(
    new CreateMultipartUploadCommand({
      Bucket: target.bucket,
      Key: target.key,
      StorageClass: options.storageClass,
      Tagging: await targetTagging(session, request, abortSignal),
      ...targetMetadata(request, head),
    }),
    { abortSignal },
  );
  const uploadId = created.UploadId;
  if (uploadId === undefined) throw new Error('CreateMultipartUpload answered no UploadId');

  const pin = dialect.uploadPartCopy.conditions ? head.ETag : undefined;
  const etags: string[] = [];
  let copied = 0;
  let completed: CompleteMultipartUploadCommandOutput;
  try {
    await runLimited(plan, run.partConcurrency ?? DEFAULT_PART_CONCURRENCY, async (part) => {
      const out = await client.send(
        new UploadPartCopyCommand({
          Bucket: target.bucket,
          Key: target.key,
          UploadId: uploadId,
          PartNumber: part.partNumber,
          CopySource: copySource(source.bucket, source.key, head.VersionId),
          CopySourceRange: `bytes=${part.start}-${part.end}`,
          CopySourceIfMatch: pin,
        }),
        { abortSignal },
      );
      const etag = out.CopyPartResult?.ETag;
      if (etag === undefined) throw new Error(`UploadPartCopy ${part.partNumber} answered no ETag`);
      etags[part.partNumber - 1] = etag;
      copied += part.end - part.start + 1;
      run.onProgress?.(copied, size);
    });
    completed = await client.send(
      new CompleteMultipartUploadCommand({
        Bucket: target.bucket,
        Key: target.key,
        UploadId: uploadId,
        MultipartUpload: {
          Parts: plan.map((p, i) => ({ PartNumber: p.partNumber, ETag: etags[i] })),
        },
      }),
      { abortSignal },
    );
  } catch (err) {
    // Without an abort the parts stay on the server, billed and invisible. Not under the
    // caller's signal: a canceled copy must still clean up.
    await client
      .send(
        new AbortMultipartUploadCommand({
          Bucket: target.bucket,
          Key: target.key,
          UploadId: uploadId,
        }),
      )
      .catch(() => undefined);
    throw err;
  }

  const stored = await client.send(
    new HeadObjectCommand({
      Bucket: target.bucket,
      Key: target.key,
      VersionId: completed.VersionId,
    }),
    { abortSignal },
  );
  // RGW answers an empty ETag on complete; the stored object has the real one.
  return {
    etag: quoteEtag(completed.ETag) ?? stored.ETag ?? null,
    lastModified: stored.LastModified?.toISOString() ?? null,
    versionId: completed.VersionId ?? null,
    method: 'multipart',
    parts: plan.length,
  };
}
