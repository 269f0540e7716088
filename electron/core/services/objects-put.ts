import { open } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { isAbsolute } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import type { PutObjectCommandInput, S3Client } from '@aws-sdk/client-s3';
import { AppError } from '../../../shared/contract/envelope.js';
import type { PutResult, PutSource } from '../../../shared/domain/object-put.js';
import { BINARY_CONTENT_TYPE, contentTypeFor } from '../s3/content-type.js';

/** The contract's source with its grant resolved to the path it stands for. */
export type LocalPutSource = Exclude<PutSource, { kind: 'file' }> | { kind: 'file'; path: string };

export interface PutObjectRequest {
  bucket: string;
  key: string;
  source: LocalPutSource;
  /** Chosen from the key's file name when left out (see defaultContentType). */
  contentType?: string | undefined;
  cacheControl?: string | undefined;
  metadata?: Record<string, string> | undefined;
  storageClass?: 'STANDARD' | 'REDUCED_REDUNDANCY' | undefined;
}

/** S3's limit for one PUT; larger files go through multipart. */
export const MAX_SINGLE_PUT_BYTES = 5 * 1024 ** 3;

const badPath = (message: string): AppError =>
  new AppError('InvalidInput', `source.path: ${message}`, { fields: ['source.path'] });

async function openSourceFile(path: string): Promise<{ handle: FileHandle; size: number }> {
  if (!isAbsolute(path)) throw badPath('must be an absolute path');
  let handle: FileHandle;
  try {
    handle = await open(path, 'r');
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    throw badPath(code === 'ENOENT' ? 'no such file' : `cannot be read (${String(code)})`);
  }
  try {
    // Stat the opened file, not the path, so a swap between the two cannot fool the length.
    const stat = await handle.stat();
    if (!stat.isFile()) throw badPath('is not a file');
    if (stat.size > MAX_SINGLE_PUT_BYTES) {
      throw new AppError('EntityTooLarge', 'Files over 5 GiB need a multipart upload.', {
        size: stat.size,
      });
    }
    return { handle, size: stat.size };
  } catch (err) {
    await handle.close();
    throw err;
  }
}

/** A folder marker keeps the server's default; text without a known extension is plain text. */
function defaultContentType(key: string, source: LocalPutSource): string | undefined {
  if (key.endsWith('/')) return undefined;
  const byName = contentTypeFor(key);
  return byName === BINARY_CONTENT_TYPE && source.kind === 'text'
    ? 'text/plain; charset=utf-8'
    : byName;
}

/** One PutObject from a local file (streamed) or a small text. */
export async function putObject(
  client: S3Client,
  request: PutObjectRequest,
  signal?: AbortSignal,
): Promise<PutResult> {
  const { source } = request;
  const input: PutObjectCommandInput = {
    Bucket: request.bucket,
    Key: request.key,
    ContentType: request.contentType ?? defaultContentType(request.key, source),
    CacheControl: request.cacheControl,
    Metadata: request.metadata,
    StorageClass: request.storageClass,
  };
  if (source.kind === 'text') {
    const body = Buffer.from(source.text, 'utf8');
    return send(client, { ...input, Body: body, ContentLength: body.length }, signal);
  }
  const { handle, size } = await openSourceFile(source.path);
  // RGW answers 411 to a stream without a length, so ContentLength is not optional here.
  const body = handle.createReadStream();
  try {
    return await send(client, { ...input, Body: body, ContentLength: size }, signal);
  } finally {
    body.destroy();
  }
}

async function send(
  client: S3Client,
  input: PutObjectCommandInput,
  signal: AbortSignal | undefined,
): Promise<PutResult> {
  const out = await client.send(new PutObjectCommand(input), { abortSignal: signal });
  return { etag: out.ETag ?? null };
}
