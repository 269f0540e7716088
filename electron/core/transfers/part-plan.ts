import { MAX_PART_BYTES, MAX_PART_NUMBER } from '../../../shared/domain/multipart-upload.js';
import { MIN_PART_BYTES } from '../s3/rules/part-plan.js';

const MiB = 1024 * 1024;

export const S3_LIMITS = {
  maxParts: MAX_PART_NUMBER,
  minPartSize: MIN_PART_BYTES,
  maxPartSize: MAX_PART_BYTES,
  maxSinglePut: MAX_PART_BYTES,
  maxObjectSize: 5 * 1024 * 1024 * MiB,
} as const;

export interface PartPlanOptions {
  /** Below this size one PUT is cheaper than a multipart upload. */
  multipartThreshold?: number;
  minPartSize?: number;
}

export interface Part {
  partNumber: number;
  offset: number;
  length: number;
}

export type UploadPlan =
  | { kind: 'single'; size: number }
  | { kind: 'multipart'; size: number; partSize: number; parts: Part[] };

export const DEFAULT_THRESHOLD = 16 * MiB;
export const DEFAULT_MIN_PART = 8 * MiB;

/** A big file goes in about this many parts, so each request carries more bytes. */
const PREFERRED_PART_COUNT = 32;
/** …but no part above this, so a failed part costs little to send again. */
const PREFERRED_MAX_PART = 64 * MiB;

/**
 * About 32 parts of 8–64 MiB (1 GiB: 32 MiB parts, which RGW took ~17% faster than 8 MiB ones
 * at the same memory, docs/benchmarks.md), never fewer bytes than size ÷ 9,000 rounded up to a
 * whole MiB: the 1,000 spare part numbers leave room so even a 5 TiB object never needs more
 * than 10,000 parts.
 */
export function partSizeFor(size: number, minPartSize = DEFAULT_MIN_PART): number {
  const preferred = Math.min(
    PREFERRED_MAX_PART,
    Math.ceil(size / PREFERRED_PART_COUNT / MiB) * MiB,
  );
  const bySize = Math.ceil(size / 9_000 / MiB) * MiB;
  return Math.min(
    Math.max(minPartSize, preferred, bySize, S3_LIMITS.minPartSize),
    S3_LIMITS.maxPartSize,
  );
}

export function planUpload(size: number, options: PartPlanOptions = {}): UploadPlan {
  if (!Number.isSafeInteger(size) || size < 0) throw new RangeError(`Invalid size ${size}`);
  if (size > S3_LIMITS.maxObjectSize) {
    throw new RangeError(`${size} bytes is over the 5 TiB S3 object limit`);
  }
  const threshold = Math.min(
    options.multipartThreshold ?? DEFAULT_THRESHOLD,
    S3_LIMITS.maxSinglePut,
  );
  if (size < threshold) return { kind: 'single', size };
  const partSize = partSizeFor(size, options.minPartSize);
  const parts: Part[] = [];
  for (let offset = 0, partNumber = 1; offset < size; offset += partSize, partNumber++) {
    parts.push({ partNumber, offset, length: Math.min(partSize, size - offset) });
  }
  return { kind: 'multipart', size, partSize, parts };
}
