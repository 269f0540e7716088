import type { FileHandle } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { GetObjectCommand } from '@aws-sdk/client-s3';
import { leanPathFor, sendLean } from '../s3/lean-object-request.js';
import { checkHeaders, tooLong } from './download-range.js';
import type { RangeHasher } from './download-digests.js';
import type { RangeContext, RangeSource } from './download-range.js';
import { withRetry } from './retry.js';
import { writeChunks } from './write-chunks.js';

/**
 * Objects up to this size are fetched whole into memory and written with one call: a folder of
 * small files pays per request and per write, not per byte. At most one such object per request
 * slot is held (16 slots: 16 MiB).
 */
export const SMALL_OBJECT_MAX = 1024 * 1024;

interface Answer {
  ContentLength: number | undefined;
  ContentRange: string | undefined;
  body: Readable;
}

function header(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** One GET of the whole object, pinned to its ETag; the lean path when the client allows it. */
async function getWhole(source: RangeSource, ctx: RangeContext, signal: AbortSignal) {
  const range = `bytes=0-${source.size - 1}`;
  // The lean path signs a bare GET; a version id goes through the SDK's command instead.
  if (source.versionId === undefined && leanPathFor(ctx.client)) {
    const res = await sendLean(
      ctx.client,
      {
        method: 'GET',
        bucket: source.bucket,
        key: source.key,
        headers: { 'if-match': source.etag, range },
      },
      signal,
    );
    const length = header(res.headers['content-length']);
    return {
      ContentLength: length === undefined ? undefined : Number(length),
      ContentRange: header(res.headers['content-range']),
      body: res.body,
    } satisfies Answer;
  }
  const out = await ctx.client.send(
    new GetObjectCommand({
      Bucket: source.bucket,
      Key: source.key,
      VersionId: source.versionId,
      IfMatch: source.etag,
      Range: range,
    }),
    { abortSignal: signal },
  );
  return {
    ContentLength: out.ContentLength,
    ContentRange: out.ContentRange,
    body: out.Body as Readable,
  } satisfies Answer;
}

/**
 * The object's bytes, exactly `size` of them, whatever the server sends: the chunks as the
 * socket delivered them, never copied into one buffer (a folder of small files would allocate
 * every byte twice and leave twice the garbage for the collector).
 */
async function receive(source: RangeSource, ctx: RangeContext, signal: AbortSignal) {
  const out = await getWhole(source, ctx, signal);
  try {
    await checkHeaders(out, { start: 0, end: source.size }, source, ctx);
    const chunks: Buffer[] = [];
    let received = 0;
    for await (const chunk of out.body) {
      const part = chunk as Buffer;
      if (received + part.length > source.size)
        throw await tooLong(ctx, source, `more than the ${source.size} bytes asked for`);
      chunks.push(part);
      received += part.length;
    }
    if (received !== source.size)
      throw Object.assign(new Error(`Short read: ${received} of ${source.size} bytes`), {
        code: 'ECONNRESET',
      });
    return chunks;
  } finally {
    // Stops an endless answer at once instead of draining it.
    out.body.destroy();
  }
}

/**
 * Fetches a small object whole (one request, retried as a whole) and writes it at offset 0 in
 * one call. Progress is reported once the bytes are written. With a `hasher`, the bytes are
 * hashed as they are written, so the check against the ETag needs no read-back.
 */
export async function fetchSmallObject(
  source: RangeSource,
  file: FileHandle,
  ctx: RangeContext,
  signal: AbortSignal,
  hasher?: RangeHasher,
): Promise<void> {
  await withRetry(
    async () => {
      const chunks = await ctx.limiter.run(() => receive(source, ctx, signal), signal);
      await writeChunks(file, chunks, 0);
      // A retry wrote every byte again: the hash starts over with it.
      hasher?.reset();
      for (const chunk of chunks) hasher?.update(chunk);
      ctx.onProgress(source.size);
    },
    { signal, ...(ctx.retry === undefined ? {} : { policy: ctx.retry }) },
  );
}
