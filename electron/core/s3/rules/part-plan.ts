import { AppError } from '../../../../shared/contract/envelope.js';
import { MAX_PART_BYTES, MAX_PART_NUMBER } from '../../../../shared/domain/multipart-upload.js';

const MIB = 1024 * 1024;
/** Every part but the last must be at least this big. */
export const MIN_PART_BYTES = 5 * MIB;
/** CopyObject takes at most 5 GiB; bigger objects need UploadPartCopy. */
export const MAX_SINGLE_COPY_BYTES = MAX_PART_BYTES;
// Server-side part copies cost no client bandwidth: big parts mean fewer requests.
const PREFERRED_COPY_PART_BYTES = 512 * MIB;

export interface PlannedPart {
  partNumber: number;
  /** Inclusive, as in `bytes=start-end`. */
  start: number;
  end: number;
}

/** The smallest whole-MiB part size that fits `size` in 10,000 parts, never below 5 MiB. */
export function minimumPartSize(size: number): number {
  return Math.max(MIN_PART_BYTES, Math.ceil(size / MAX_PART_NUMBER / MIB) * MIB);
}

export function defaultCopyPartSize(size: number): number {
  return Math.min(MAX_PART_BYTES, Math.max(PREFERRED_COPY_PART_BYTES, minimumPartSize(size)));
}

/** Splits `size` bytes into parts of `partSize`, refusing sizes S3 would reject. */
export function planParts(size: number, partSize: number): PlannedPart[] {
  if (!Number.isInteger(partSize) || partSize < MIN_PART_BYTES || partSize > MAX_PART_BYTES) {
    throw new AppError('InvalidInput', 'partSize: must be 5 MiB to 5 GiB', {
      fields: ['partSize'],
    });
  }
  const count = Math.max(1, Math.ceil(size / partSize));
  if (count > MAX_PART_NUMBER) {
    throw new AppError(
      'InvalidInput',
      `partSize: ${partSize} bytes makes ${count} parts; S3 allows 10,000`,
      { fields: ['partSize'] },
    );
  }
  return Array.from({ length: count }, (_, i) => ({
    partNumber: i + 1,
    start: i * partSize,
    end: Math.min(size, (i + 1) * partSize) - 1,
  }));
}
