import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { equalParts, likelyLayouts, MultipartEtag } from './file-digests.js';

const MiB = 1024 * 1024;

function etagOf(parts: Buffer[]): string {
  const digests = parts.map((p) => createHash('md5').update(p).digest());
  return `${createHash('md5').update(Buffer.concat(digests)).digest('hex')}-${parts.length}`;
}

describe('MultipartEtag', () => {
  it('gives S3’s multipart ETag however the bytes arrive in chunks', () => {
    fc.assert(
      fc.property(
        fc.array(fc.uint8Array({ minLength: 1, maxLength: 64 }), { minLength: 1, maxLength: 6 }),
        fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 1, maxLength: 20 }),
        (partArrays, chunkSizes) => {
          const parts = partArrays.map((p) => Buffer.from(p));
          const all = Buffer.concat(parts);
          const digest = new MultipartEtag(parts.map((p) => p.length));
          for (let at = 0, i = 0; at < all.length; i++) {
            const size = chunkSizes[i % chunkSizes.length] ?? 1;
            digest.update(all.subarray(at, at + size));
            at += size;
          }
          expect(digest.value()).toBe(etagOf(parts));
        },
      ),
    );
  });

  it('has no value when the bytes do not fill the parts exactly', () => {
    const digest = new MultipartEtag([4, 4]);
    digest.update(Buffer.from('12345'));
    expect(digest.value()).toBeUndefined();
  });
});

describe('likelyLayouts', () => {
  it('tries Holdall’s own part size first, then common ones that fit', () => {
    const layouts = likelyLayouts(20 * MiB + 3, 3, 8 * MiB);
    expect(layouts[0]).toEqual([8 * MiB, 8 * MiB, 4 * MiB + 3]);
    for (const layout of layouts) expect(layout.reduce((a, b) => a + b, 0)).toBe(20 * MiB + 3);
    expect(layouts.length).toBeLessThanOrEqual(4);
  });

  it('never offers a layout with the wrong number of parts', () => {
    expect(equalParts(10, 3, 5)).toBeUndefined();
    expect(likelyLayouts(12 * MiB, 1, 8 * MiB)).toEqual([[12 * MiB]]);
  });
});
