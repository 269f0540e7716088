import { createHash } from 'node:crypto';
import {
  CompleteMultipartUploadCommand,
  HeadObjectCommand,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import type { S3Client } from '@aws-sdk/client-s3';
import { isPreconditionFailed } from './existence-lookup.js';
import type { RequestLimiter } from './request-limiter.js';
import { withRetry } from './retry.js';
import type { RetryPolicy } from './retry.js';

export interface FinishContext {
  client: S3Client;
  limiter: RequestLimiter;
  signal: AbortSignal;
  retry?: RetryPolicy;
}

export interface FinishTarget {
  bucket: string;
  key: string;
}

/** A part and the ETag the server gave it. */
export interface SentPart {
  PartNumber: number;
  ETag: string;
}

/**
 * The upload id no longer exists on the server: completed or aborted. RGW answers ListParts
 * for such an upload with NoSuchKey (see services/multipart-list.ts), S3 with NoSuchUpload.
 */
export function isUploadGone(err: unknown): boolean {
  return (
    err instanceof S3ServiceException && (err.name === 'NoSuchUpload' || err.name === 'NoSuchKey')
  );
}

export function bareEtag(etag: string): string {
  return etag.replace(/^"|"$/g, '').toLowerCase();
}

/** The ETag S3 gives the object these parts complete into; undefined when a part's is no MD5. */
export function multipartEtag(partEtags: readonly string[]): string | undefined {
  const digests: Buffer[] = [];
  for (const etag of partEtags) {
    const hex = bareEtag(etag);
    if (!/^[0-9a-f]{32}$/.test(hex)) return undefined;
    digests.push(Buffer.from(hex, 'hex'));
  }
  const md5 = createHash('md5').update(Buffer.concat(digests)).digest('hex');
  return `${md5}-${partEtags.length}`;
}

function withRetries<T>(ctx: FinishContext, work: () => Promise<T>): Promise<T> {
  return withRetry(() => ctx.limiter.run(work, ctx.signal), {
    signal: ctx.signal,
    ...(ctx.retry === undefined ? {} : { policy: ctx.retry }),
  });
}

export async function headTarget(
  ctx: FinishContext,
  target: FinishTarget,
): Promise<{ size: number; etag: string | null } | undefined> {
  try {
    const head = await withRetries(ctx, () =>
      ctx.client.send(new HeadObjectCommand({ Bucket: target.bucket, Key: target.key }), {
        abortSignal: ctx.signal,
      }),
    );
    return { size: head.ContentLength ?? -1, etag: head.ETag ?? null };
  } catch (err) {
    if (err instanceof S3ServiceException && err.$metadata.httpStatusCode === 404) return undefined;
    throw err;
  }
}

/**
 * True when the key already holds what completing these parts makes: the server finished the
 * upload but its answer was lost (an outage, a crash). Same size and the same multipart ETag,
 * which is the MD5 of the parts' MD5s, so it is these bytes.
 */
export async function completedAlready(
  ctx: FinishContext,
  target: FinishTarget,
  size: number,
  partEtags: readonly string[],
): Promise<boolean> {
  const expected = multipartEtag(partEtags);
  if (expected === undefined) return false;
  const head = await headTarget(ctx, target);
  return head?.size === size && head.etag !== null && bareEtag(head.etag) === expected;
}

/**
 * CompleteMultipartUpload, tried again like every other request. An earlier try whose answer
 * was lost may have completed the upload, so a later one finds it gone: that counts as done
 * when the object is what these parts make. Returns the object's ETag.
 */
export async function completeUpload(
  ctx: FinishContext,
  target: FinishTarget,
  uploadId: string,
  size: number,
  parts: readonly SentPart[],
  ifAbsent = false,
): Promise<string | null> {
  try {
    await withRetries(ctx, () =>
      ctx.client.send(
        new CompleteMultipartUploadCommand({
          Bucket: target.bucket,
          Key: target.key,
          UploadId: uploadId,
          MultipartUpload: { Parts: [...parts] },
          ...(ifAbsent ? { IfNoneMatch: '*' } : {}),
        }),
        { abortSignal: ctx.signal },
      ),
    );
  } catch (err) {
    const etags = parts.map((p) => p.ETag);
    // A completed try whose answer was lost leaves the upload gone, or (with If-None-Match)
    // the key taken by these very parts.
    const lost = isUploadGone(err) || (ifAbsent && isPreconditionFailed(err));
    if (!(lost && (await completedAlready(ctx, target, size, etags)))) throw err;
  }
  // Some servers (RGW) answer Complete with an empty ETag: ask for the real one.
  return (await headTarget(ctx, target))?.etag ?? null;
}
