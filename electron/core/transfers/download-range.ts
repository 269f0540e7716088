import type { FileHandle } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { GetObjectCommand } from '@aws-sdk/client-s3';
import type { GetObjectCommandOutput, S3Client } from '@aws-sdk/client-s3';
import { AppError } from '../../../shared/contract/envelope.js';
import type { RangeHasher } from './download-digests.js';
import type { Range } from './download-plan.js';
import type { RequestLimiter } from './request-limiter.js';
import { withRetry } from './retry.js';
import { writeChunks } from './write-chunks.js';
import type { RetryPolicy } from './retry.js';

/**
 * Bytes gathered from the socket (64 KiB reads) before one positioned write: 16 times fewer
 * writes, each handing the thread pool a list of the chunks as they came, never a copy.
 * (Copying them into one reused buffer per range was measured: no less peak RSS, as the
 * socket's chunks are garbage either way until the collector runs, and more CPU.)
 */
const WRITE_BATCH = 1024 * 1024;

export interface RangeSource {
  bucket: string;
  key: string;
  size: number;
  etag: string;
  /** One version of the object (the versions browser); the latest without it. */
  versionId?: string | undefined;
}

export interface RangeContext {
  client: S3Client;
  limiter: RequestLimiter;
  retry?: RetryPolicy;
  onProgress(delta: number): void;
}

/** "host:port" of a custom endpoint, or the SDK's region for AWS: whom an error should name. */
export async function serverName(client: S3Client): Promise<string> {
  const endpoint = client.config.endpoint;
  if (endpoint !== undefined) {
    const { hostname, port } = await endpoint();
    return port === undefined ? hostname : `${hostname}:${port}`;
  }
  return `Amazon S3 (${await client.config.region()})`;
}

export async function tooLong(
  ctx: RangeContext,
  source: RangeSource,
  what: string,
): Promise<AppError> {
  const server = await serverName(ctx.client);
  return new AppError(
    'ResponseTooLong',
    `The server ${server} sent ${what} for ${source.key}, which is ${source.size} bytes long; the download was stopped and nothing of it kept.`,
    { server, key: source.key, size: source.size },
  );
}

/**
 * What the answer's headers promise must be the range asked for: a longer Content-Length, or a
 * Content-Range for other bytes (a server ignoring Range sends the whole object), is refused
 * before a byte is written.
 */
export async function checkHeaders(
  out: Pick<GetObjectCommandOutput, 'ContentLength' | 'ContentRange'>,
  range: Range,
  source: RangeSource,
  ctx: RangeContext,
): Promise<void> {
  const length = range.end - range.start;
  if (out.ContentLength !== undefined && out.ContentLength > length)
    throw await tooLong(ctx, source, `${out.ContentLength} bytes where ${length} were asked`);
  const match = /^bytes (\d+)-(\d+)\/(\d+|\*)$/.exec(out.ContentRange ?? '');
  if (out.ContentRange === undefined) return;
  if (
    match === null ||
    Number(match[1]) !== range.start ||
    Number(match[2]) !== range.end - 1 ||
    (match[3] !== '*' && Number(match[3]) !== source.size)
  )
    throw await tooLong(
      ctx,
      source,
      `“${out.ContentRange}” where bytes ${range.start}-${range.end - 1}/${source.size} were asked`,
    );
}

/**
 * Streams one range of the object into the file at its offset; If-Match pins the version. Never
 * writes past the range's end, whatever the server sends. A `hasher` is fed the bytes as they
 * arrive, so the file need not be read again to check them.
 */
export async function fetchRange(
  source: RangeSource,
  range: Range,
  file: FileHandle,
  ctx: RangeContext,
  signal: AbortSignal,
  hasher?: RangeHasher,
): Promise<void> {
  const length = range.end - range.start;
  await withRetry(
    async () => {
      // Bytes on disk and reported; a retry takes them back and starts the range over.
      let written = 0;
      hasher?.reset();
      try {
        await ctx.limiter.run(async () => {
          const out = await ctx.client.send(
            new GetObjectCommand({
              Bucket: source.bucket,
              Key: source.key,
              VersionId: source.versionId,
              IfMatch: source.etag,
              Range: `bytes=${range.start}-${range.end - 1}`,
            }),
            { abortSignal: signal },
          );
          const body = out.Body as Readable;
          try {
            await checkHeaders(out, range, source, ctx);
            let batch: Buffer[] = [];
            let batched = 0;
            const flush = async (): Promise<void> => {
              if (batched === 0) return;
              await writeChunks(file, batch, range.start + written);
              written += batched;
              ctx.onProgress(batched);
              batch = [];
              batched = 0;
            };
            for await (const chunk of body) {
              const bytes = chunk as Buffer;
              if (written + batched + bytes.length > length)
                throw await tooLong(ctx, source, `more than the ${length} bytes asked for`);
              hasher?.update(bytes);
              batch.push(bytes);
              batched += bytes.length;
              if (batched >= WRITE_BATCH) await flush();
            }
            await flush();
          } finally {
            // Stops an endless answer at once instead of draining it.
            body.destroy();
          }
        }, signal);
      } catch (err) {
        ctx.onProgress(-written);
        throw err;
      }
      if (written !== length) {
        ctx.onProgress(-written);
        throw Object.assign(new Error(`Short read: ${written} of ${length} bytes`), {
          code: 'ECONNRESET',
        });
      }
    },
    { signal, ...(ctx.retry === undefined ? {} : { policy: ctx.retry }) },
  );
}
