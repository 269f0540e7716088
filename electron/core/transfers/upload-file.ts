import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { pipeline, Transform } from 'node:stream';
import type { Readable } from 'node:stream';
import {
  AbortMultipartUploadCommand,
  CreateMultipartUploadCommand,
  ListPartsCommand,
  PutObjectCommand,
  S3ServiceException,
  UploadPartCommand,
} from '@aws-sdk/client-s3';
import type { S3Client } from '@aws-sdk/client-s3';
import { AppError } from '../../../shared/contract/envelope.js';
import { contentTypeFor } from '../s3/content-type.js';
import { PageGuard, numberAdvances } from '../s3/page-guard.js';
import { serverName } from '../s3/server-misbehaved.js';
import { partPageFacts } from '../services/multipart-list.js';
import type { TransferJournal } from './journal.js';
import { mapLimit } from './map-limit.js';
import { isPreconditionFailed } from './existence-lookup.js';
import { completedAlready, completeUpload, headTarget, isUploadGone } from './multipart-finish.js';
import { planUpload } from './part-plan.js';
import type { Part, PartPlanOptions } from './part-plan.js';
import type { RequestLimiter } from './request-limiter.js';
import { withRetry } from './retry.js';
import type { RetryPolicy } from './retry.js';
import { storedAlready, takesSmallPath, uploadSmall } from './upload-small.js';

export interface UploadSource {
  path: string;
  size: number;
  /** `mtime:<ms>` when the job was queued: a file changed since then is not resumed. */
  fingerprint: string;
}

export interface UploadTarget {
  bucket: string;
  key: string;
  /** Chosen from the key's file name when left out (see contentTypeFor). */
  contentType?: string;
  /**
   * Written only while no object has the key (If-None-Match: *): the conflict policy found it
   * absent, and an object another client makes meanwhile must not be replaced unasked. The
   * write then fails with PreconditionFailed.
   */
  ifAbsent?: boolean;
}

export interface UploadContext {
  client: S3Client;
  limiter: RequestLimiter;
  journal: TransferJournal;
  jobId: string;
  signal: AbortSignal;
  partConcurrency: number;
  plan?: PartPlanOptions;
  retry?: RetryPolicy;
  /** Bytes sent (negative when a failed attempt's bytes must be sent again). */
  onProgress(delta: number): void;
  /** What the journal knew when the app last stopped. */
  resume?: { uploadId: string; parts: ReadonlyMap<number, string> };
}

export interface UploadResult {
  etag: string | null;
  uploadId: string | null;
}

export function fingerprintOf(mtimeMs: number): string {
  return `mtime:${Math.floor(mtimeMs)}`;
}

async function checkSource(source: UploadSource): Promise<void> {
  const info = await stat(source.path).catch((err: NodeJS.ErrnoException) => {
    throw new AppError('LocalFileError', `Cannot read ${source.path}: ${err.code ?? err.message}`);
  });
  if (info.size !== source.size || fingerprintOf(info.mtimeMs) !== source.fingerprint) {
    throw new AppError('SourceChanged', `${source.path} changed after it was queued; add it again`);
  }
}

/** A ranged read of the file that reports bytes as the SDK pulls them. */
function rangeStream(path: string, start: number, length: number, count: (n: number) => void) {
  const file = createReadStream(path, {
    start,
    end: start + length - 1,
    // Small reads: every byte read is counted as sent, so under a bandwidth limit a 1 MiB read
    // per part showed seconds of progress the throttle had not let through yet.
    highWaterMark: 64 * 1024,
  });
  // Counted in a pass-through the SDK pulls from: a 'data' listener on the file would start it
  // flowing before the SDK attaches (it may read ~/.aws/config first), losing those chunks.
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      count(chunk.length);
      done(null, chunk);
    },
  });
  // A read error reaches the SDK through the counter; destroying the counter closes the file.
  pipeline(file, counter, () => undefined);
  return counter;
}

/** Reads `length` bytes of the source file from `start`, for one request body. */
type OpenRange = (start: number, length: number) => Readable;

/** One request with retries; bytes of a failed attempt are taken back from the progress. */
function sendWithRetry<T>(
  ctx: UploadContext,
  signal: AbortSignal,
  path: string,
  send: (open: OpenRange) => Promise<T>,
): Promise<T> {
  return withRetry(
    async () => {
      let sent = 0;
      // A failed request's file stream may still emit buffered chunks: stop counting once it settles.
      let live = true;
      const count = (n: number): void => {
        if (!live) return;
        sent += n;
        ctx.onProgress(n);
      };
      const bodies: Readable[] = [];
      const open: OpenRange = (start, length) => {
        const body = rangeStream(path, start, length, count);
        bodies.push(body);
        return body;
      };
      try {
        return await ctx.limiter.run(() => send(open), signal);
      } catch (err) {
        ctx.onProgress(-sent);
        // An aborted request only unpipes its body: the file would stay open (and a canceled
        // spooled copy on disk) until the app quits.
        for (const body of bodies) body.destroy();
        throw err;
      } finally {
        live = false;
      }
    },
    { signal, ...(ctx.retry === undefined ? {} : { policy: ctx.retry }) },
  );
}

async function serverParts(
  ctx: UploadContext,
  target: UploadTarget,
  uploadId: string,
): Promise<Map<number, { etag: string; size: number }>> {
  const parts = new Map<number, { etag: string; size: number }>();
  const guard = new PageGuard(await serverName(ctx.client), 'ListParts', numberAdvances);
  let marker: string | undefined;
  do {
    const page = await ctx.client.send(
      new ListPartsCommand({
        Bucket: target.bucket,
        Key: target.key,
        UploadId: uploadId,
        PartNumberMarker: marker,
      }),
      { abortSignal: ctx.signal },
    );
    for (const p of page.Parts ?? []) {
      if (p.PartNumber !== undefined && p.ETag !== undefined)
        parts.set(p.PartNumber, { etag: p.ETag, size: p.Size ?? -1 });
    }
    marker = guard.next(partPageFacts(page, undefined));
  } while (marker !== undefined);
  return parts;
}

/**
 * Parts count as done only when the journal recorded them AND the server still
 * has them with the same ETag and size: neither alone is trusted after a crash.
 * An upload the server no longer has starts over, unless it was completed from
 * exactly the journaled parts (the answer to Complete was lost).
 */
async function resumeParts(
  ctx: UploadContext,
  target: UploadTarget,
  planned: Part[],
): Promise<{ uploadId: string; done: Map<number, string>; completed: boolean } | undefined> {
  const resume = ctx.resume;
  if (resume === undefined) return undefined;
  let onServer: Map<number, { etag: string; size: number }>;
  try {
    onServer = await withRetry(() => serverParts(ctx, target, resume.uploadId), {
      signal: ctx.signal,
      ...(ctx.retry === undefined ? {} : { policy: ctx.retry }),
    });
  } catch (err) {
    if (!isUploadGone(err)) throw err;
    const etags = planned.flatMap((p) => resume.parts.get(p.partNumber) ?? []);
    const size = planned.reduce((sum, p) => sum + p.length, 0);
    if (etags.length === planned.length && (await completedAlready(ctx, target, size, etags)))
      return { uploadId: resume.uploadId, done: new Map(resume.parts), completed: true };
    return undefined;
  }
  const done = new Map<number, string>();
  for (const part of planned) {
    const journaled = resume.parts.get(part.partNumber);
    const server = onServer.get(part.partNumber);
    if (journaled !== undefined && server?.etag === journaled && server.size === part.length)
      done.set(part.partNumber, journaled);
  }
  return { uploadId: resume.uploadId, done, completed: false };
}

async function uploadSingle(
  source: UploadSource,
  target: UploadTarget,
  ctx: UploadContext,
): Promise<UploadResult> {
  try {
    const out = await sendWithRetry(ctx, ctx.signal, source.path, (open) =>
      ctx.client.send(
        new PutObjectCommand({
          Bucket: target.bucket,
          Key: target.key,
          Body: source.size === 0 ? '' : open(0, source.size),
          ContentLength: source.size,
          ContentType: target.contentType ?? contentTypeFor(target.key),
          ...(target.ifAbsent === true ? { IfNoneMatch: '*' } : {}),
        }),
        { abortSignal: ctx.signal },
      ),
    );
    return { etag: out.ETag ?? null, uploadId: null };
  } catch (err) {
    // A try whose answer was lost may have stored the file: a retry then finds the key taken.
    const stored = isPreconditionFailed(err) ? await storedAlready(ctx, target, source) : null;
    if (stored === null) throw err;
    return { etag: stored, uploadId: null };
  }
}

async function uploadMultipart(
  source: UploadSource,
  target: UploadTarget,
  ctx: UploadContext,
  parts: Part[],
): Promise<UploadResult> {
  const resumed = await resumeParts(ctx, target, parts);
  let uploadId = resumed?.uploadId;
  const done = resumed?.done ?? new Map<number, string>();
  if (uploadId === undefined) {
    const created = await ctx.client.send(
      new CreateMultipartUploadCommand({
        Bucket: target.bucket,
        Key: target.key,
        ContentType: target.contentType ?? contentTypeFor(target.key),
      }),
      { abortSignal: ctx.signal },
    );
    if (created.UploadId === undefined)
      throw new AppError('S3Error', 'The server started no multipart upload');
    uploadId = created.UploadId;
    await ctx.journal.record({ t: 'multipart', id: ctx.jobId, uploadId });
  }
  const id = uploadId;
  ctx.onProgress(parts.filter((p) => done.has(p.partNumber)).reduce((sum, p) => sum + p.length, 0));
  if (resumed?.completed === true)
    return { etag: (await headTarget(ctx, target))?.etag ?? null, uploadId: id };
  await mapLimit(
    parts.filter((p) => !done.has(p.partNumber)),
    ctx.partConcurrency,
    async (part, signal) => {
      const out = await sendWithRetry(ctx, signal, source.path, (open) =>
        ctx.client.send(
          new UploadPartCommand({
            Bucket: target.bucket,
            Key: target.key,
            UploadId: id,
            PartNumber: part.partNumber,
            ContentLength: part.length,
            Body: open(part.offset, part.length),
          }),
          { abortSignal: signal },
        ),
      );
      if (out.ETag === undefined)
        throw new AppError('S3Error', `No ETag for part ${part.partNumber}`);
      done.set(part.partNumber, out.ETag);
      await ctx.journal.record({
        t: 'part',
        id: ctx.jobId,
        partNumber: part.partNumber,
        etag: out.ETag,
      });
    },
    ctx.signal,
  );
  const size = parts.reduce((sum, p) => sum + p.length, 0);
  const sent = parts.map((p) => ({ PartNumber: p.partNumber, ETag: done.get(p.partNumber) ?? '' }));
  // RGW (Ceph 16) ignores If-None-Match on Complete: a HEAD just before narrows the window.
  if (target.ifAbsent === true && (await headTarget(ctx, target)) !== undefined)
    throw new AppError('PreconditionFailed', `${target.key} was created by someone else meanwhile`);
  const etag = await completeUpload(ctx, target, id, size, sent, target.ifAbsent === true);
  return { etag, uploadId: id };
}

/** Uploads one file: a single PUT when small, else a resumable multipart upload. */
export async function uploadFile(
  source: UploadSource,
  target: UploadTarget,
  ctx: UploadContext,
): Promise<UploadResult> {
  // Reads the file once, checking it has not changed, then one PUT from memory.
  if (takesSmallPath(source, ctx) && planUpload(source.size, ctx.plan).kind === 'single')
    return uploadSmall(source, target, ctx, fingerprintOf);
  await checkSource(source);
  const plan = planUpload(source.size, ctx.plan);
  return plan.kind === 'single'
    ? uploadSingle(source, target, ctx)
    : uploadMultipart(source, target, ctx, plan.parts);
}

/** Cancel means the server forgets the parts too. */
export async function abortUpload(
  client: S3Client,
  target: UploadTarget,
  uploadId: string,
): Promise<void> {
  try {
    await client.send(
      new AbortMultipartUploadCommand({
        Bucket: target.bucket,
        Key: target.key,
        UploadId: uploadId,
      }),
    );
  } catch (err) {
    if (!(err instanceof S3ServiceException && err.name === 'NoSuchUpload')) throw err;
  }
}
