import { likelyLayouts } from './file-digests.js';
import { partSizeFor } from './part-plan.js';

const MiB = 1024 * 1024;

export interface Range {
  start: number;
  end: number;
}

export interface DownloadPlan {
  ranges: Range[];
  /**
   * The part sizes the object was most likely uploaded in, when its ETag can be recomputed
   * from them: every range then starts and ends on a part boundary, so each part's MD5 is
   * taken as its bytes arrive and the check needs no second read of the file.
   */
  parts?: number[];
}

/** Objects at least this big are fetched as parallel ranges. */
export const DEFAULT_RANGE_THRESHOLD = 16 * MiB;
/**
 * Measured on a 1 GiB download (docs/benchmarks.md): 8 MiB ranges cost 128 requests, each
 * with its headers, signature and server-side seek; 32 MiB ranges move the same bytes with a
 * quarter of them, and still leave enough ranges to keep 4 in flight and resume at a fine grain.
 */
const TARGET_RANGE = 32 * MiB;
/** Ranges per file below which they shrink toward one part, so small files still overlap. */
const MIN_RANGES = 16;

/** "<md5 of the parts' MD5s>-N": a multipart upload's ETag and its part count. */
export function multipartEtag(etag: string): { value: string; parts: number } | undefined {
  const match = /^([0-9a-f]{32})-(\d{1,5})$/i.exec(etag.replace(/"/g, ''));
  if (match === null) return undefined;
  const parts = Number(match[2]);
  if (parts < 1 || parts > 10_000) return undefined;
  return { value: `${(match[1] ?? '').toLowerCase()}-${parts}`, parts };
}

/** A plain MD5 ETag (no "-N" suffix) is the content's MD5. */
export function md5OfEtag(etag: string): string | undefined {
  const bare = etag.replace(/"/g, '');
  return /^[0-9a-f]{32}$/i.test(bare) ? bare.toLowerCase() : undefined;
}

/** How many whole units of `unit` bytes one range holds for an object of `size` bytes. */
function unitsPerRange(size: number, unit: number): number {
  const wanted = Math.min(TARGET_RANGE, Math.floor(size / MIN_RANGES));
  return Math.max(1, Math.floor(wanted / unit));
}

/** Consecutive pieces of these sizes, grouped `per` to a range. */
function group(sizes: readonly number[], per: number): Range[] {
  const ranges: Range[] = [];
  let start = 0;
  for (let i = 0; i < sizes.length; i += per) {
    const length = sizes.slice(i, i + per).reduce((a, b) => a + b, 0);
    ranges.push({ start, end: start + length });
    start += length;
  }
  return ranges;
}

/**
 * The ranges an object is fetched in. The plan depends only on the size, the ETag and the
 * threshold, so a resumed run cuts the object the same way unless those changed.
 */
export function planDownload(size: number, etag: string, threshold: number): DownloadPlan {
  if (size === 0) return { ranges: [] };
  const multipart = multipartEtag(etag);
  const layout =
    multipart === undefined
      ? undefined
      : likelyLayouts(size, multipart.parts, partSizeFor(size))[0];
  if (size < threshold) {
    const whole = [{ start: 0, end: size }];
    if (md5OfEtag(etag) !== undefined) return { ranges: whole, parts: [size] };
    return layout === undefined ? { ranges: whole } : { ranges: whole, parts: layout };
  }
  if (layout !== undefined) {
    const partSize = layout[0] ?? size;
    return { ranges: group(layout, unitsPerRange(size, partSize)), parts: layout };
  }
  const chunk = partSizeFor(size) * unitsPerRange(size, partSizeFor(size));
  const sizes = Array.from({ length: Math.ceil(size / chunk) }, (_, i) =>
    Math.min(chunk, size - i * chunk),
  );
  return { ranges: group(sizes, 1) };
}

/** Whether every byte of `range` lies in one of `done` (ranges journaled by an earlier run). */
export function covered(range: Range, done: readonly Range[]): boolean {
  let reached = range.start;
  for (const d of [...done].sort((a, b) => a.start - b.start)) {
    if (d.start > reached) break;
    reached = Math.max(reached, d.end);
    if (reached >= range.end) return true;
  }
  return reached >= range.end;
}
