import { Readable } from 'node:stream';
import { GetObjectCommand, S3ServiceException } from '@aws-sdk/client-s3';
import type { S3Client } from '@aws-sdk/client-s3';
import { AppError } from '../../../shared/contract/envelope.js';
import { MAX_READ_BYTES } from '../../../shared/domain/object-read.js';
import type { ObjectChunk } from '../../../shared/domain/object-read.js';

export interface ObjectRangeRequest {
  bucket: string;
  key: string;
  /** One version of the object; the latest without it. */
  versionId?: string | undefined;
  /** First byte, inclusive; with neither bound the whole object comes. */
  start?: number | undefined;
  /** Last byte, inclusive; without it everything from start. */
  end?: number | undefined;
}

export interface ObjectStream {
  body: Readable;
  /** The whole object's size, not the range's. */
  totalSize: number;
  etag: string | null;
  contentType: string | null;
  /**
   * The offset the body starts at. A server that ignores Range answers 200 with the whole
   * object: then this is 0, whatever was asked, and a resuming caller must not append blindly.
   */
  start: number;
}

const CONTENT_RANGE = /^bytes (\d+)-(\d+)\/(\d+|\*)$/;

function rangeHeader(start: number | undefined, end: number | undefined): string | undefined {
  if (start === undefined && end === undefined) return undefined;
  return `bytes=${start ?? 0}-${end ?? ''}`;
}

/** GetObject as a Node stream, for previews and the transfer engine (resumed downloads). */
export async function getObjectStream(
  client: S3Client,
  request: ObjectRangeRequest,
  signal?: AbortSignal,
): Promise<ObjectStream> {
  const out = await client.send(
    new GetObjectCommand({
      Bucket: request.bucket,
      Key: request.key,
      VersionId: request.versionId,
      Range: rangeHeader(request.start, request.end),
    }),
    { abortSignal: signal },
  );
  if (!(out.Body instanceof Readable)) {
    throw new AppError('Internal', 'GetObject answered without a readable body.');
  }
  const range = CONTENT_RANGE.exec(out.ContentRange ?? '');
  const length = out.ContentLength ?? 0;
  const total = range?.[3] === undefined || range[3] === '*' ? undefined : Number(range[3]);
  return {
    body: out.Body,
    totalSize: total ?? (range === null ? length : Number(range[2]) + 1),
    etag: out.ETag ?? null,
    contentType: out.ContentType ?? null,
    start: range === null ? 0 : Number(range[1]),
  };
}

/** Reads `want` bytes starting `skip` bytes into the stream, then lets go of the stream. */
async function readSlice(body: Readable, skip: number, want: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let seen = 0;
  let kept = 0;
  try {
    for await (const chunk of body) {
      const buf = chunk as Buffer;
      const from = Math.max(0, skip - seen);
      seen += buf.length;
      if (from >= buf.length) continue;
      const part = buf.subarray(from, from + (want - kept));
      chunks.push(part);
      kept += part.length;
      if (kept >= want) break;
    }
  } finally {
    body.destroy();
  }
  return Buffer.concat(chunks, kept);
}

function isInvalidRange(err: unknown): boolean {
  return err instanceof S3ServiceException && err.$metadata.httpStatusCode === 416;
}

/**
 * Up to 1 MiB of an object as base64, for previews. A range starting past the end fails with
 * InvalidRange, except from byte 0: an empty object has no byte 0, and previews it as empty.
 */
export async function readObjectRange(
  client: S3Client,
  request: ObjectRangeRequest,
  signal?: AbortSignal,
): Promise<ObjectChunk> {
  const start = request.start ?? 0;
  const end = request.end ?? start + MAX_READ_BYTES - 1;
  if (end < start || end - start + 1 > MAX_READ_BYTES) {
    throw new AppError(
      'InvalidInput',
      'end: must be at most 1 MiB after start, and not before it',
      {
        fields: ['end'],
      },
    );
  }
  let stream: ObjectStream;
  try {
    stream = await getObjectStream(client, { ...request, start, end }, signal);
  } catch (err) {
    if (!(start === 0 && isInvalidRange(err))) throw err;
    const { bucket, key, versionId } = request;
    stream = await getObjectStream(client, { bucket, key, versionId }, signal);
  }
  const bytes = await readSlice(stream.body, start - stream.start, end - start + 1);
  return {
    contentType: stream.contentType,
    totalSize: stream.totalSize,
    start,
    end: start + bytes.length - 1,
    base64: bytes.toString('base64'),
  };
}
