import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { AppError } from '../../../shared/contract/envelope.js';
import { contentTypeFor } from '../s3/content-type.js';
import { leanPathFor, sendLean } from '../s3/lean-object-request.js';
import { isPreconditionFailed } from './existence-lookup.js';
import { readInto } from './file-digests.js';
import { bareEtag, headTarget } from './multipart-finish.js';
import { withRetry } from './retry.js';
import type { UploadContext, UploadResult, UploadSource, UploadTarget } from './upload-file.js';

/**
 * Files up to this size are read whole and sent from memory in one PUT: a folder of small files
 * pays per request and per file open, not per byte. At most one such file per request slot is
 * held (16 slots: 16 MiB).
 */
export const SMALL_UPLOAD_MAX = 1024 * 1024;

export function takesSmallPath(source: UploadSource, ctx: UploadContext): boolean {
  return source.size > 0 && source.size <= SMALL_UPLOAD_MAX && leanPathFor(ctx.client);
}

function unreadable(path: string, err: NodeJS.ErrnoException): AppError {
  return new AppError('LocalFileError', `Cannot read ${path}: ${err.code ?? err.message}`);
}

function changed(path: string): AppError {
  return new AppError('SourceChanged', `${path} changed after it was queued; add it again`);
}

/**
 * The file's bytes, read through one handle whose size and modification time are checked
 * against what was queued (the same check as a stat, without a second open).
 */
async function readSource(source: UploadSource, fingerprint: (mtimeMs: number) => string) {
  const file = await open(source.path, 'r').catch((err: NodeJS.ErrnoException) => {
    throw unreadable(source.path, err);
  });
  try {
    const info = await file.stat();
    if (info.size !== source.size || fingerprint(info.mtimeMs) !== source.fingerprint)
      throw changed(source.path);
    const bytes = Buffer.allocUnsafe(source.size);
    let read = 0;
    while (read < bytes.length) {
      const { bytesRead } = await file.read(bytes, read, bytes.length - read, read);
      // Shorter than its size a moment ago: it is being written to.
      if (bytesRead === 0) throw changed(source.path);
      read += bytesRead;
    }
    return bytes;
  } finally {
    await file.close();
  }
}

/** The key holds exactly the file's bytes (size and MD5 ETag): its ETag, else null. */
export async function storedAlready(
  ctx: UploadContext,
  target: UploadTarget,
  source: UploadSource,
  bytes?: Buffer,
): Promise<string | null> {
  const head = await headTarget(ctx, target);
  if (head === undefined || head.etag === null || head.size !== source.size) return null;
  const md5 = createHash('md5');
  if (bytes === undefined) await readInto(source.path, [md5]);
  else md5.update(bytes);
  return bareEtag(head.etag) === md5.digest('hex') ? head.etag : null;
}

/**
 * A small file in one PUT from memory, signed by the SDK's signer (see lean-object-request.ts),
 * with the same retries, If-None-Match and lost-answer handling as the SDK path. Progress is
 * counted once the server has the bytes.
 */
export async function uploadSmall(
  source: UploadSource,
  target: UploadTarget,
  ctx: UploadContext,
  fingerprint: (mtimeMs: number) => string,
): Promise<UploadResult> {
  const bytes = await readSource(source, fingerprint);
  const headers: Record<string, string> = {
    'content-type': target.contentType ?? contentTypeFor(target.key),
    ...(target.ifAbsent === true ? { 'if-none-match': '*' } : {}),
  };
  try {
    const etag = await withRetry(
      () =>
        ctx.limiter.run(async () => {
          const res = await sendLean(
            ctx.client,
            { method: 'PUT', bucket: target.bucket, key: target.key, headers, body: bytes },
            ctx.signal,
          );
          res.body.resume();
          const tag = res.headers.etag;
          return typeof tag === 'string' ? tag : null;
        }, ctx.signal),
      { signal: ctx.signal, ...(ctx.retry === undefined ? {} : { policy: ctx.retry }) },
    );
    ctx.onProgress(bytes.length);
    return { etag, uploadId: null };
  } catch (err) {
    // A try whose answer was lost may have stored the file: a retry then finds the key taken.
    const stored = isPreconditionFailed(err)
      ? await storedAlready(ctx, target, source, bytes)
      : null;
    if (stored === null) throw err;
    ctx.onProgress(bytes.length);
    return { etag: stored, uploadId: null };
  }
}
