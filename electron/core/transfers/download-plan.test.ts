import { describe, expect, it } from 'vitest';
import { covered, DEFAULT_RANGE_THRESHOLD, planDownload } from './download-plan.js';
import type { Range } from './download-plan.js';

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;
const md5 = '"0123456789abcdef0123456789abcdef"';
const multipart = (parts: number): string => `"0123456789abcdef0123456789abcdef-${parts}"`;

function contiguous(ranges: readonly Range[], size: number): boolean {
  return (
    ranges.every((r, i) => r.start === (ranges[i - 1]?.end ?? 0)) && ranges.at(-1)?.end === size
  );
}

describe('planDownload', () => {
  it('fetches Holdall’s own 1 GiB upload (128 parts of 8 MiB) in 32 ranges of four whole parts', () => {
    const plan = planDownload(GiB, multipart(128), DEFAULT_RANGE_THRESHOLD);
    expect(plan.ranges).toHaveLength(32);
    expect(plan.ranges.every((r) => r.end - r.start === 32 * MiB)).toBe(true);
    expect(plan.parts).toEqual(Array<number>(128).fill(8 * MiB));
  });

  it('keeps ranges of one part for files too small for 16 larger ranges', () => {
    const plan = planDownload(40 * MiB, multipart(5), 8 * MiB);
    expect(plan.ranges.map((r) => r.end - r.start)).toEqual([8, 8, 8, 8, 8].map((m) => m * MiB));
  });

  it.each([
    ['plain MD5', 100 * MiB + 3, md5],
    ['an ETag that is no MD5', 3 * GiB + 5, '"opaque"'],
    ['a multipart ETag of uneven parts', 100 * MiB + 3, multipart(7)],
    ['Holdall’s 5 GiB upload', 5 * GiB, multipart(640)],
  ])('covers %s exactly, in order, each range on part boundaries', (_, size, etag) => {
    const plan = planDownload(size, etag, DEFAULT_RANGE_THRESHOLD);
    expect(contiguous(plan.ranges, size)).toBe(true);
    expect(plan.ranges.every((r) => r.end - r.start <= 64 * MiB)).toBe(true);
    const boundaries = new Set<number>();
    for (let at = 0, i = 0; plan.parts !== undefined && i < plan.parts.length; i++)
      boundaries.add((at += plan.parts[i] ?? 0));
    if (plan.parts !== undefined) {
      boundaries.add(0);
      expect(plan.ranges.every((r) => boundaries.has(r.start) && boundaries.has(r.end))).toBe(true);
    }
  });

  it('hashes a small plain-MD5 object as one part and a large one not at all', () => {
    expect(planDownload(MiB, md5, DEFAULT_RANGE_THRESHOLD)).toEqual({
      ranges: [{ start: 0, end: MiB }],
      parts: [MiB],
    });
    // Its MD5 runs through the whole file in order, which parallel ranges cannot feed.
    expect(planDownload(100 * MiB, md5, DEFAULT_RANGE_THRESHOLD).parts).toBeUndefined();
  });

  it('plans nothing for an empty object', () => {
    expect(planDownload(0, md5, DEFAULT_RANGE_THRESHOLD).ranges).toEqual([]);
  });
});

describe('covered', () => {
  it('trusts a new, larger range that ranges journaled by an earlier plan fill', () => {
    const old = [0, 1, 2, 3].map((i) => ({ start: i * 8 * MiB, end: (i + 1) * 8 * MiB }));
    expect(covered({ start: 0, end: 32 * MiB }, old)).toBe(true);
    expect(covered({ start: 0, end: 32 * MiB }, old.slice(1))).toBe(false);
    expect(
      covered(
        { start: 0, end: 32 * MiB },
        [old[0], old[1], old[3]].flatMap((r) => r ?? []),
      ),
    ).toBe(false);
    expect(covered({ start: 8 * MiB, end: 16 * MiB }, [{ start: 0, end: 32 * MiB }])).toBe(true);
  });
});
