import { HeadObjectCommand } from '@aws-sdk/client-s3';
import type { HeadObjectCommandOutput, S3Client } from '@aws-sdk/client-s3';
import { AppError } from '../../../shared/contract/envelope.js';
import type { DownloadCheck } from '../../../shared/domain/transfer-job.js';
import {
  Crc32,
  equalParts,
  fileHash,
  likelyLayouts,
  MultipartEtag,
  readInto,
} from './file-digests.js';
import type { PartDigests } from './download-digests.js';
import { md5OfEtag, multipartEtag } from './download-plan.js';
import { partSizeFor } from './part-plan.js';
import type { RequestLimiter } from './request-limiter.js';
import { withRetry } from './retry.js';
import type { RetryPolicy } from './retry.js';

export interface VerifySource {
  bucket: string;
  key: string;
  size: number;
  etag: string;
  /** One version of the object (the versions browser); the latest without it. */
  versionId?: string | undefined;
}

export interface VerifyContext {
  client: S3Client;
  limiter: RequestLimiter;
  signal: AbortSignal;
  retry?: RetryPolicy;
}

type FullObjectChecksum = { check: 'sha256' | 'sha1' | 'crc32'; base64: string };

/** A whole-object checksum Node can compute (a composite "…-N" one is per part). */
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
  if (check !== 'crc32') return (await fileHash(path, check)).digest('base64');
  const crc = new Crc32();
  await readInto(path, [crc]);
  return crc.base64();
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
              VersionId: source.versionId,
              // Pins the version the bytes came from: a replaced object fails, never "verifies".
              IfMatch: source.etag,
              ...(partNumber === undefined
                ? { ChecksumMode: 'ENABLED' as const }
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

function sameLayout(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((size, i) => size === b[i]);
}

/**
 * Computes the multipart ETag for each layout, in one read of the file. The layout whose part
 * MD5s were taken during the download is decided from them without reading the file.
 */
async function matchesAny(
  path: string,
  layouts: number[][],
  expected: string,
  inline: PartDigests | undefined,
): Promise<boolean> {
  const known = inline === undefined ? -1 : layouts.findIndex((l) => sameLayout(l, inline.sizes));
  if (inline !== undefined && known >= 0) {
    if ((await inline.multipartEtag(path)) === expected) return true;
    layouts = layouts.filter((_, i) => i !== known);
  }
  if (layouts.length === 0) return false;
  const digests = layouts.map((sizes) => new MultipartEtag(sizes));
  await readInto(path, digests);
  return digests.some((d) => d.value() === expected);
}

/**
 * A multipart ETag is the MD5 of the parts' MD5s, so checking it needs the part sizes. A server
 * that answers HeadObject partNumber gives them and its verdict is final; one that ignores it
 * leaves likely layouts to try, and when none matches only the size is known to be right.
 */
async function verifyMultipart(
  path: string,
  source: VerifySource,
  expected: { value: string; parts: number },
  ctx: VerifyContext,
  inline: PartDigests | undefined,
): Promise<DownloadCheck> {
  const whole = await head(source, ctx);
  const checksum = fullObjectChecksum(whole);
  if (checksum !== undefined) {
    if ((await checksumOf(path, checksum.check)) !== checksum.base64)
      throw mismatch(source.key, `content differs from its ${checksum.check.toUpperCase()}`);
    return checksum.check;
  }
  // With KMS or customer keys the ETag is no MD5 of the content: only the size can be checked.
  if (whole.ServerSideEncryption === 'aws:kms' || whole.SSECustomerAlgorithm !== undefined)
    return 'size';
  const first = await head(source, ctx, 1);
  if (first.PartsCount !== expected.parts) {
    const layouts = likelyLayouts(source.size, expected.parts, partSizeFor(source.size));
    return (await matchesAny(path, layouts, expected.value, inline)) ? 'multipartEtag' : 'size';
  }
  const firstSize = first.ContentLength ?? 0;
  const guess = equalParts(source.size, expected.parts, firstSize);
  if (guess !== undefined && (await matchesAny(path, [guess], expected.value, inline)))
    return 'multipartEtag';
  // Parts of differing sizes, or corrupt bytes: ask for every part's size, then decide.
  const sizes = [firstSize];
  for (let part = 2; part <= expected.parts; part++)
    sizes.push((await head(source, ctx, part)).ContentLength ?? 0);
  const sameAsGuess = guess !== undefined && sizes.every((s, i) => s === guess[i]);
  if (!sameAsGuess && (await matchesAny(path, [sizes], expected.value, inline)))
    return 'multipartEtag';
  throw mismatch(source.key, 'content differs from its multipart ETag');
}

/**
 * Checks a finished temporary file against what the server says the object is, and names the
 * check made: the MD5 ETag, a whole-object checksum, the multipart ETag recomputed from the
 * part sizes, or (when the server offers none of them) the size alone. `inline` holds the part
 * MD5s taken while the file was written, for the layout the download was planned in.
 */
export async function verifyDownload(
  path: string,
  written: number,
  source: VerifySource,
  ctx: VerifyContext,
  inline?: PartDigests,
): Promise<DownloadCheck> {
  if (written !== source.size)
    throw mismatch(source.key, `size ${written} instead of ${source.size}`);
  const md5 = md5OfEtag(source.etag);
  if (md5 !== undefined) {
    const actual = (await inline?.md5(path)) ?? (await fileHash(path, 'md5')).digest('hex');
    if (actual !== md5) throw mismatch(source.key, 'content differs from its MD5 ETag');
    return 'md5';
  }
  const multipart = multipartEtag(source.etag);
  if (multipart !== undefined) return verifyMultipart(path, source, multipart, ctx, inline);
  return 'size';
}
