import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLD, planUpload, S3_LIMITS } from './part-plan.js';

const MiB = 1024 * 1024;

describe('planUpload', () => {
  it.each([0, 1, 5 * MiB, DEFAULT_THRESHOLD - 1])('sends %i bytes as one PUT', (size) => {
    expect(planUpload(size)).toEqual({ kind: 'single', size });
  });

  it('switches to multipart at the threshold, with 8 MiB parts and a short last part', () => {
    const plan = planUpload(DEFAULT_THRESHOLD + 1);
    expect(plan.kind).toBe('multipart');
    if (plan.kind !== 'multipart') return;
    expect(plan.partSize).toBe(8 * MiB);
    expect(plan.parts).toEqual([
      { partNumber: 1, offset: 0, length: 8 * MiB },
      { partNumber: 2, offset: 8 * MiB, length: 8 * MiB },
      { partNumber: 3, offset: 16 * MiB, length: 1 },
    ]);
  });

  it.each([100 * MiB, 77 * 1024 * MiB + 3, S3_LIMITS.maxObjectSize])(
    'covers %i bytes exactly, in order, within 10,000 parts of legal size',
    (size) => {
      const plan = planUpload(size);
      if (plan.kind !== 'multipart') throw new Error('expected multipart');
      expect(plan.parts.length).toBeLessThanOrEqual(S3_LIMITS.maxParts);
      let next = 0;
      for (const [i, part] of plan.parts.entries()) {
        expect(part.partNumber).toBe(i + 1);
        expect(part.offset).toBe(next);
        next += part.length;
        if (i < plan.parts.length - 1)
          expect(part.length).toBeGreaterThanOrEqual(S3_LIMITS.minPartSize);
        expect(part.length).toBeLessThanOrEqual(S3_LIMITS.maxPartSize);
      }
      expect(next).toBe(size);
    },
  );

  it('refuses sizes S3 cannot hold', () => {
    expect(() => planUpload(S3_LIMITS.maxObjectSize + 1)).toThrow(/5 TiB/);
    expect(() => planUpload(-1)).toThrow(RangeError);
  });
});
