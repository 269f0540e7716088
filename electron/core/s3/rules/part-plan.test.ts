import { describe, expect, it } from 'vitest';
import { defaultCopyPartSize, minimumPartSize, planParts } from './part-plan.js';

const MiB = 1024 ** 2;
const GiB = 1024 ** 3;

describe('planParts', () => {
  it('splits into inclusive ranges with a smaller last part', () => {
    expect(planParts(12 * MiB, 5 * MiB)).toEqual([
      { partNumber: 1, start: 0, end: 5 * MiB - 1 },
      { partNumber: 2, start: 5 * MiB, end: 10 * MiB - 1 },
      { partNumber: 3, start: 10 * MiB, end: 12 * MiB - 1 },
    ]);
  });

  it('refuses parts under 5 MiB or over 5 GiB', () => {
    expect(() => planParts(12 * MiB, 5 * MiB - 1)).toThrow(/partSize/);
    expect(() => planParts(12 * GiB, 5 * GiB + 1)).toThrow(/partSize/);
  });

  it('refuses a part size that needs more than 10,000 parts', () => {
    expect(() => planParts(10_001 * 5 * MiB, 5 * MiB)).toThrow(/10,000/);
    expect(planParts(10_000 * 5 * MiB, 5 * MiB)).toHaveLength(10_000);
  });
});

describe('part sizes', () => {
  it('fits the largest object (5 TiB) in 10,000 parts', () => {
    const size = 5 * 1024 * GiB;
    expect(planParts(size, minimumPartSize(size)).length).toBeLessThanOrEqual(10_000);
    expect(planParts(size, defaultCopyPartSize(size)).length).toBeLessThanOrEqual(10_000);
  });

  it('copies a 6 GiB object in a few large parts', () => {
    expect(defaultCopyPartSize(6 * GiB)).toBe(512 * MiB);
    expect(planParts(6 * GiB, defaultCopyPartSize(6 * GiB))).toHaveLength(12);
  });
});
