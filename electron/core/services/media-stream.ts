import { Readable } from 'node:stream';
import { GetObjectCommand, HeadObjectCommand, S3ServiceException } from '@aws-sdk/client-s3';
import type { GetObjectCommandOutput, S3Client } from '@aws-sdk/client-s3';
import { AppError } from '../../../shared/contract/envelope.js';
import { parseMediaQuery } from '../../../shared/domain/media-request.js';
import type { MediaRef } from '../../../shared/domain/media-url.js';
import { servedMediaType } from '../../../shared/domain/preview-type.js';
import type { ClientPool } from '../s3/client-pool.js';
import { toAppError } from '../s3/errors.js';
import { sessionForVersion } from '../s3/version-support.js';

/** What a media element asked for: the URL's query and its Range header, as they came. */
export interface MediaStreamRequest {
  query: URLSearchParams;
  range?: string | undefined;
  /** The CSP source allowed to frame the answer (the PDF viewer): `'self'` or an origin. */
  embedder: string;
}

/** An HTTP answer either host writes out as it is; the body streams from S3. */
export interface MediaResponse {
  status: number;
  headers: Record<string, string>;
  body: Readable | string;
}

/** One range, as media elements send them; anything else is served whole (RFC 9110 allows it). */
const SINGLE_RANGE = /^bytes=(\d{1,15}-\d{0,15}|-\d{1,15})$/;

export function acceptedRange(header: string | undefined): string | undefined {
  const value = header?.trim();
  if (value === undefined || !SINGLE_RANGE.test(value)) return undefined;
  const [start, end] = value.slice('bytes='.length).split('-');
  if (start !== '' && end !== '' && Number(end) < Number(start)) return undefined;
  return value;
}

const errorStatus: Readonly<Record<string, number>> = {
  InvalidInput: 400,
  // A version of an object asked of a provider without versions: the request cannot be met.
  UnsupportedByProvider: 400,
  NoSuchKey: 404,
  NoSuchBucket: 404,
  NotFound: 404,
  AccessDenied: 403,
  InvalidAccessKeyId: 403,
  SignatureDoesNotMatch: 403,
};

function errorResponse(status: number, code: string, message: string): MediaResponse {
  return {
    status,
    headers: {
      'Content-Type': 'application/json',
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
    body: JSON.stringify({ ok: false, error: { code, message } }),
  };
}

function failure(err: unknown): MediaResponse {
  // Holdall's own refusals keep their code, as the contract's dispatcher keeps them.
  const shape = err instanceof AppError ? err.toShape() : toAppError(err);
  const status = err instanceof S3ServiceException ? err.$metadata.httpStatusCode : undefined;
  // A HEAD or GET for a missing key may come back as a bare 404 named after its status.
  const code = shape.code === 'S3Error' && status === 404 ? 'NoSuchKey' : shape.code;
  return errorResponse(errorStatus[code] ?? 502, code, shape.message);
}

function baseName(key: string): string {
  return key.slice(key.lastIndexOf('/') + 1) || key;
}

/**
 * The answer's own policy: nothing it contains may load or run anything, and only the app
 * may frame it. Sandboxed except PDF, which Chromium will not show in a sandboxed frame.
 */
function mediaPolicy(type: string, embedder: string): string {
  const policy = `default-src 'none'; frame-ancestors ${embedder}`;
  return type === 'application/pdf' ? policy : `${policy}; sandbox`;
}

function headersFor(
  ref: MediaRef,
  out: GetObjectCommandOutput,
  embedder: string,
): Record<string, string> {
  const type = servedMediaType(ref.key, out.ContentType ?? null);
  const headers: Record<string, string> = {
    'Content-Type': type,
    'Content-Disposition': `inline; filename*=UTF-8''${encodeURIComponent(baseName(ref.key))}`,
    'Content-Security-Policy': mediaPolicy(type, embedder),
    'X-Content-Type-Options': 'nosniff',
    'Accept-Ranges': 'bytes',
    'Cache-Control': 'private, no-cache',
  };
  if (out.ContentLength !== undefined) headers['Content-Length'] = String(out.ContentLength);
  if (out.ContentRange !== undefined) headers['Content-Range'] = out.ContentRange;
  if (out.ETag !== undefined) headers.ETag = out.ETag;
  if (out.LastModified !== undefined) headers['Last-Modified'] = out.LastModified.toUTCString();
  return headers;
}

async function unsatisfiable(
  client: S3Client,
  ref: MediaRef,
  signal: AbortSignal | undefined,
): Promise<MediaResponse> {
  const head = await client.send(
    new HeadObjectCommand({ Bucket: ref.bucket, Key: ref.key, VersionId: ref.versionId }),
    { abortSignal: signal },
  );
  const size = head.ContentLength ?? 0;
  return {
    status: 416,
    headers: { 'Content-Range': `bytes */${size}`, 'Cache-Control': 'no-store' },
    body: '',
  };
}

/**
 * Streams one object, or the one range asked for, as an HTTP answer for <img>, <audio>,
 * <video> and the PDF viewer: 206 with Content-Range for a range, bytes never buffered whole.
 * Input errors are 400 (a version id where the provider has no versions too), a missing object
 * 404, each with a JSON error body.
 */
export async function openMediaStream(
  clients: Pick<ClientPool, 'session'>,
  request: MediaStreamRequest,
  signal?: AbortSignal,
): Promise<MediaResponse> {
  const parsed = parseMediaQuery(request.query);
  if (!parsed.ok) return errorResponse(400, 'InvalidInput', parsed.message);
  const { ref } = parsed;
  const range = acceptedRange(request.range);
  try {
    // A provider without versions would answer the latest bytes for a version id.
    const { client } = await sessionForVersion(clients, ref.profileId, ref.versionId);
    let out: GetObjectCommandOutput;
    try {
      out = await client.send(
        new GetObjectCommand({
          Bucket: ref.bucket,
          Key: ref.key,
          VersionId: ref.versionId,
          Range: range,
        }),
        { abortSignal: signal },
      );
    } catch (err) {
      if (err instanceof S3ServiceException && err.$metadata.httpStatusCode === 416) {
        return await unsatisfiable(client, ref, signal);
      }
      throw err;
    }
    if (!(out.Body instanceof Readable)) {
      return errorResponse(502, 'Internal', 'GetObject answered without a readable body.');
    }
    const partial = out.ContentRange !== undefined && range !== undefined;
    return {
      status: partial ? 206 : 200,
      headers: headersFor(ref, out, request.embedder),
      body: out.Body,
    };
  } catch (err) {
    return failure(err);
  }
}
