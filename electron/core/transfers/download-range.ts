import { createHash } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { GetObjectCommand } from '@aws-sdk/client-s3';
import type { GetObjectCommandOutput, S3Client } from '@aws-sdk/client-s3';
import { AppError } from '../../../shared/contract/envelope.js';
import type { RequestLimiter } from './request-limiter.js';
import { withRetry } from './retry.js';
import type { RetryPolicy } from './retry.js';

export interface Range {
  start: number;
  end: number;
}

export interface RangeSource {
  bucket: string;
  key: string;
  size: number;
  etag: string;
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
 * writes past the range's end, whatever the server sends. With `digest`, also returns the MD5 of
 * what was written, saving a read-back of small files.
 */
export async function fetchRange(
  source: RangeSource,
  range: Range,
  file: FileHandle,
  ctx: RangeContext,
  signal: AbortSignal,
  digest: boolean,
): Promise<string | undefined> {
  const length = range.end - range.start;
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
          const body = out.Body as Readable;
          try {
            await checkHeaders(out, range, source, ctx);
            for await (const chunk of body) {
              const bytes = chunk as Buffer;
              if (written + bytes.length > length)
                throw await tooLong(ctx, source, `more than the ${length} bytes asked for`);
              await file.write(bytes, 0, bytes.length, range.start + written);
              hash?.update(bytes);
              written += bytes.length;
              ctx.onProgress(bytes.length);
            }
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
      return hash?.digest('hex');
    },
    { signal, ...(ctx.retry === undefined ? {} : { policy: ctx.retry }) },
  );
}
