import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { crc32 } from 'node:zlib';
import { HeadObjectCommand } from '@aws-sdk/client-s3';
import type { HeadObjectCommandOutput, S3Client } from '@aws-sdk/client-s3';
import { AppError } from '../../../shared/contract/envelope.js';
import type { DownloadCheck } from '../../../shared/domain/transfer-job.js';
import type { RequestLimiter } from './request-limiter.js';
import { withRetry } from './retry.js';
import type { RetryPolicy } from './retry.js';

export interface VerifySource {
  bucket: string;
  key: string;
  size: number;
  etag: string;
}

export interface VerifyContext {
  client: S3Client;
  limiter: RequestLimiter;
  signal: AbortSignal;
  retry?: RetryPolicy;
}

const READ_CHUNK = 1024 * 1024;

/** A plain MD5 ETag (no "-N" suffix) is the content's MD5. */
export function md5OfEtag(etag: string): string | undefined {
  const bare = etag.replace(/"/g, '');
  return /^[0-9a-f]{32}$/i.test(bare) ? bare.toLowerCase() : undefined;
}

/** "<md5 of the parts' MD5s>-N": a multipart upload's ETag and its part count. */
function multipartEtag(etag: string): { md5: string; parts: number } | undefined {
  const match = /^([0-9a-f]{32})-(\d{1,5})$/i.exec(etag.replace(/"/g, ''));
  if (match === null) return undefined;
  const parts = Number(match[2]);
  return parts >= 1 && parts <= 10_000 ? { md5: (match[1] ?? '').toLowerCase(), parts } : undefined;
}

/** Reads the file once, handing each chunk to `take` cut at the given boundaries. */
async function readInParts(
  path: string,
  partSizes: readonly number[],
  take: (part: number, bytes: Buffer) => void,
): Promise<void> {
  let part = 0;
  let leftInPart = partSizes[0] ?? Infinity;
  for await (const chunk of createReadStream(path, { highWaterMark: READ_CHUNK })) {
    let bytes = chunk as Buffer;
    while (bytes.length > 0) {
      const cut = Math.min(bytes.length, leftInPart);
      take(part, bytes.subarray(0, cut));
      bytes = bytes.subarray(cut);
      leftInPart -= cut;
      if (leftInPart === 0) leftInPart = partSizes[++part] ?? Infinity;
    }
  }
}

export async function fileMd5(path: string): Promise<string> {
  const hash = createHash('md5');
  await readInParts(path, [], (_, bytes) => hash.update(bytes));
  return hash.digest('hex');
}

/** The multipart ETag of the file cut into parts of these sizes; memory: one digest per part. */
async function multipartEtagOf(path: string, partSizes: readonly number[]): Promise<string> {
  const digests: Buffer[] = [];
  let current = createHash('md5');
  let currentPart = 0;
  await readInParts(path, partSizes, (part, bytes) => {
    if (part !== currentPart) {
      digests.push(current.digest());
      current = createHash('md5');
      currentPart = part;
    }
    current.update(bytes);
  });
  digests.push(current.digest());
  return createHash('md5').update(Buffer.concat(digests)).digest('hex');
}

type FullObjectChecksum = { check: 'sha256' | 'sha1' | 'crc32'; base64: string };

/** A whole-object checksum we can compute with Node alone (a composite "…-N" one is per part). */
function fullObjectChecksum(head: HeadObjectCommandOutput): FullObjectChecksum | undefined {
  if (head.ChecksumType === 'COMPOSITE') return undefined;
  const whole = (value: string | undefined): value is string =>
    value !== undefined && value !== '' && !value.includes('-');
  if (whole(head.ChecksumSHA256)) return { check: 'sha256', base64: head.ChecksumSHA256 };
  if (whole(head.ChecksumSHA1)) return { check: 'sha1', base64: head.ChecksumSHA1 };
  if (whole(head.ChecksumCRC32)) return { check: 'crc32', base64: head.ChecksumCRC32 };
  return undefined;
}

async function checksumOf(path: string, check: FullObjectChecksum['check']): Promise<string> {
  if (check === 'crc32') {
    let value = 0;
    await readInParts(path, [], (_, bytes) => (value = crc32(bytes, value)));
    const out = Buffer.alloc(4);
    out.writeUInt32BE(value >>> 0);
    return out.toString('base64');
  }
  const hash = createHash(check);
  await readInParts(path, [], (_, bytes) => hash.update(bytes));
  return hash.digest('base64');
}

function head(
  source: VerifySource,
  ctx: VerifyContext,
  partNumber?: number,
): Promise<HeadObjectCommandOutput> {
  return withRetry(
    () =>
      ctx.limiter.run(
        () =>
          ctx.client.send(
            new HeadObjectCommand({
              Bucket: source.bucket,
              Key: source.key,
              // Pins the version the bytes came from: a replaced object fails, never "verifies".
              IfMatch: source.etag,
              ...(partNumber === undefined
                ? { ChecksumMode: 'ENABLED' }
                : { PartNumber: partNumber }),
            }),
            { abortSignal: ctx.signal },
          ),
        ctx.signal,
      ),
    { signal: ctx.signal, ...(ctx.retry === undefined ? {} : { policy: ctx.retry }) },
  );
}

function mismatch(key: string, what: string): AppError {
  return new AppError(
    'ChecksumMismatch',
    `Downloaded ${key} failed its check (${what}); try again`,
  );
}

/** Equal parts of the first part's size, the rest in the last: how every uploader we know cuts. */
function guessedPartSizes(size: number, parts: number, first: number): number[] | undefined {
  const last = size - first * (parts - 1);
  if (first <= 0 || last <= 0 || last > first) return undefined;
  return [...Array<number>(parts - 1).fill(first), last];
}

async function verifyMultipart(
  path: string,
  source: VerifySource,
  expected: { md5: string; parts: number },
  ctx: VerifyContext,
): Promise<DownloadCheck> {
  const whole = await head(source, ctx);
  const checksum = fullObjectChecksum(whole);
  if (checksum !== undefined) {
    if ((await checksumOf(path, checksum.check)) !== checksum.base64)
      throw mismatch(source.key, `content differs from its ${checksum.check.toUpperCase()}`);
    return checksum.check;
  }
  // With KMS or customer keys the ETag is not an MD5 of the content: only the size can be checked.
  if (whole.ServerSideEncryption === 'aws:kms' || whole.SSECustomerAlgorithm !== undefined)
    return 'size';
  const first = (await head(source, ctx, 1)).ContentLength ?? 0;
  const guess = guessedPartSizes(source.size, expected.parts, first);
  if (guess !== undefined && (await multipartEtagOf(path, guess)) === expected.md5)
    return 'multipartEtag';
  // Parts of differing sizes (or corrupt bytes): ask for every part's size, then decide.
  const sizes = [first];
  for (let part = 2; part <= expected.parts; part++)
    sizes.push((await head(source, ctx, part)).ContentLength ?? 0);
  const sameAsGuess = guess !== undefined && sizes.every((s, i) => s === guess[i]);
  if (!sameAsGuess && (await multipartEtagOf(path, sizes)) === expected.md5) return 'multipartEtag';
  throw mismatch(source.key, 'content differs from its multipart ETag');
}

/**
 * Checks a finished temporary file against what the server says the object is, and names the
 * check made: the MD5 ETag, a whole-object checksum, the multipart ETag recomputed from the
 * part sizes, or (when the server offers none of them) the size alone.
 */
export async function verifyDownload(
  path: string,
  written: number,
  source: VerifySource,
  ctx: VerifyContext,
  inlineMd5?: string,
): Promise<DownloadCheck> {
  if (written !== source.size)
    throw mismatch(source.key, `size ${written} instead of ${source.size}`);
  const md5 = md5OfEtag(source.etag);
  if (md5 !== undefined) {
    if ((inlineMd5 ?? (await fileMd5(path))) !== md5)
      throw mismatch(source.key, 'content differs from its MD5 ETag');
    return 'md5';
  }
  const multipart = multipartEtag(source.etag);
  if (multipart !== undefined) return verifyMultipart(path, source, multipart, ctx);
  return 'size';
}
