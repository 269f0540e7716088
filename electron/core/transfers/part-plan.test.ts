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

  it.each([
    [100 * MiB, 8 * MiB],
    [512 * MiB, 16 * MiB],
    [1024 * MiB, 32 * MiB],
    [10 * 1024 * MiB, 64 * MiB],
    [1024 * 1024 * MiB, 117 * MiB],
  ])('sends %i bytes in parts of %i (about 32 parts of 8–64 MiB, at most 9,000)', (size, part) => {
    const plan = planUpload(size);
    if (plan.kind !== 'multipart') throw new Error('expected multipart');
    expect(plan.partSize).toBe(part);
  });

  it.each([100 * MiB, 77 * 1024 * MiB + 3, S3_LIMITS.maxObjectSize])(
    'covers %i bytes exactly, in order, within 10,000 parts of legal size',
    (size) => {
      const plan = planUpload(size);
      if (plan.kind !== 'multipart') throw new Error('expected multipart');
      expect(plan.parts.length).toBeLessThanOrEqual(S3_LIMITS.maxParts);
      // One assertion over all parts: 40,000 expect calls took seconds on a busy machine.
      const problems: string[] = [];
      let next = 0;
      for (const [i, part] of plan.parts.entries()) {
        const last = i === plan.parts.length - 1;
        if (part.partNumber !== i + 1) problems.push(`part ${i} is numbered ${part.partNumber}`);
        if (part.offset !== next) problems.push(`part ${part.partNumber} starts at ${part.offset}`);
        if (!last && part.length < S3_LIMITS.minPartSize)
          problems.push(`part ${part.partNumber} is below the minimum part size`);
        if (part.length > S3_LIMITS.maxPartSize)
          problems.push(`part ${part.partNumber} is above the maximum part size`);
        next += part.length;
      }
      expect(problems).toEqual([]);
      expect(next).toBe(size);
    },
  );

  it('refuses sizes S3 cannot hold', () => {
    expect(() => planUpload(S3_LIMITS.maxObjectSize + 1)).toThrow(/5 TiB/);
    expect(() => planUpload(-1)).toThrow(RangeError);
  });
});
