import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Readable } from 'node:stream';
import { GetObjectCommand } from '@aws-sdk/client-s3';
import type { S3Client } from '@aws-sdk/client-s3';
import { AppError } from '../../../shared/contract/envelope.js';
import type { TransferJournal } from './journal.js';
import { mapLimit } from './map-limit.js';
import { partSizeFor } from './part-plan.js';
import type { RequestLimiter } from './request-limiter.js';
import { withRetry } from './retry.js';
import type { RetryPolicy } from './retry.js';

export interface DownloadSource {
  bucket: string;
  key: string;
  size: number;
  etag: string;
}

export interface DownloadContext {
  client: S3Client;
  limiter: RequestLimiter;
  journal: TransferJournal;
  jobId: string;
  signal: AbortSignal;
  rangeConcurrency: number;
  /** Objects at least this big are fetched as parallel ranges. */
  rangeThreshold?: number;
  retry?: RetryPolicy;
  onProgress(delta: number): void;
  /** Ranges [start, end) the journal says are already in the temporary file. */
  resume?: readonly { start: number; end: number }[];
}

interface Range {
  start: number;
  end: number;
}

const DEFAULT_RANGE_THRESHOLD = 16 * 1024 * 1024;

export function temporaryPathFor(destination: string): string {
  return `${destination}.holdall-download`;
}

/** A plain MD5 ETag (no "-N" suffix) is the content's MD5: worth checking. */
function md5OfEtag(etag: string): string | undefined {
  const bare = etag.replace(/"/g, '');
  return /^[0-9a-f]{32}$/i.test(bare) ? bare.toLowerCase() : undefined;
}

function rangesFor(size: number, threshold: number): Range[] {
  if (size === 0) return [];
  if (size < threshold) return [{ start: 0, end: size }];
  const chunk = partSizeFor(size);
  const ranges: Range[] = [];
  for (let start = 0; start < size; start += chunk)
    ranges.push({ start, end: Math.min(size, start + chunk) });
  return ranges;
}

async function fileMd5(path: string): Promise<string> {
  const hash = createHash('md5');
  for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 }))
    hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * Streams one range of the object into the file at its offset; If-Match pins the version.
 * With `digest`, also returns the MD5 of what was written, saving a read-back of small files.
 */
async function fetchRange(
  source: DownloadSource,
  range: Range,
  file: FileHandle,
  ctx: DownloadContext,
  signal: AbortSignal,
  digest: boolean,
): Promise<string | undefined> {
  return withRetry(
    async () => {
      let written = 0;
      // A retry starts the range over, so it starts its hash over too.
      const hash = digest ? createHash('md5') : undefined;
      try {
        await ctx.limiter.run(async () => {
          const out = await ctx.client.send(
            new GetObjectCommand({
              Bucket: source.bucket,
              Key: source.key,
              IfMatch: source.etag,
              Range: `bytes=${range.start}-${range.end - 1}`,
            }),
            { abortSignal: signal },
          );
          for await (const chunk of out.Body as Readable) {
            const bytes = chunk as Buffer;
            await file.write(bytes, 0, bytes.length, range.start + written);
            hash?.update(bytes);
            written += bytes.length;
            ctx.onProgress(bytes.length);
          }
        }, signal);
      } catch (err) {
        ctx.onProgress(-written);
        throw err;
      }
      if (written !== range.end - range.start) {
        ctx.onProgress(-written);
        throw Object.assign(
          new Error(`Short read: ${written} of ${range.end - range.start} bytes`),
          { code: 'ECONNRESET' },
        );
      }
      return hash?.digest('hex');
    },
    { signal, ...(ctx.retry === undefined ? {} : { policy: ctx.retry }) },
  );
}

/**
 * Downloads one object to `destination` through a temporary file beside it, so
 * the final name only ever holds a complete, checked file.
 */
export async function downloadObject(
  source: DownloadSource,
  destination: string,
  ctx: DownloadContext,
): Promise<void> {
  const temp = temporaryPathFor(destination);
  await mkdir(dirname(destination), { recursive: true });
  const tempExists = (await stat(temp).catch(() => undefined)) !== undefined;
  const done = tempExists ? (ctx.resume ?? []) : [];
  const isDone = (r: Range): boolean => done.some((d) => d.start === r.start && d.end === r.end);
  const ranges = rangesFor(source.size, ctx.rangeThreshold ?? DEFAULT_RANGE_THRESHOLD);
  ctx.onProgress(ranges.filter(isDone).reduce((sum, r) => sum + r.end - r.start, 0));

  const expectedMd5 = md5OfEtag(source.etag);
  const pending = ranges.filter((r) => !isDone(r));
  // One range fetched whole in this run: hash it on the way in instead of reading it back.
  const digestInline = expectedMd5 !== undefined && ranges.length === 1 && pending.length === 1;
  let inlineMd5: string | undefined;
  const file = await open(temp, tempExists ? 'r+' : 'w');
  try {
    await file.truncate(source.size);
    await mapLimit(
      pending,
      ctx.rangeConcurrency,
      async (range, signal) => {
        inlineMd5 = await fetchRange(source, range, file, ctx, signal, digestInline);
        // A range is journaled as done only once its bytes are on disk, so a resume after a
        // crash never trusts bytes the OS had not written. This also spreads the flush of a
        // large file over the download instead of one long sync at the end. A single range
        // starts over anyway, and for small files the sync costs more than the transfer; the
        // size and MD5 checks below still guard what lands under the final name.
        if (ranges.length > 1) {
          await file.datasync();
          await ctx.journal.record({ t: 'range', id: ctx.jobId, ...range });
        }
      },
      ctx.signal,
    );
  } finally {
    await file.close();
  }

  const written = (await stat(temp)).size;
  const actualMd5 = expectedMd5 === undefined ? undefined : (inlineMd5 ?? (await fileMd5(temp)));
  const mismatch =
    written !== source.size
      ? `size ${written} instead of ${source.size}`
      : expectedMd5 !== undefined && actualMd5 !== expectedMd5
        ? 'content differs from its MD5 ETag'
        : undefined;
  if (mismatch !== undefined) {
    // A corrupt file is worse than none: start over next time.
    await rm(temp, { force: true });
    throw new AppError(
      'ChecksumMismatch',
      `Downloaded ${source.key} failed its check (${mismatch}); try again`,
    );
  }
  await rename(temp, destination);
}
