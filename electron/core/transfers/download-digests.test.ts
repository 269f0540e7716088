import { createHash, randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PartDigests } from './download-digests.js';
import { tempDir } from './test-files.js';

function etagOf(parts: Buffer[]): string {
  const digests = parts.map((p) => createHash('md5').update(p).digest());
  return `${createHash('md5').update(Buffer.concat(digests)).digest('hex')}-${parts.length}`;
}

function feed(update: (b: Buffer) => void, bytes: Buffer, chunk: number): void {
  for (let at = 0; at < bytes.length; at += chunk) update(bytes.subarray(at, at + chunk));
}

describe('PartDigests', () => {
  it('gives the multipart ETag from ranges of whole parts hashed as their chunks arrive', async () => {
    const path = join(await tempDir('digests'), 'unread');
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 50 }),
        async (sizes, perRange, chunk) => {
          const parts = sizes.map((n) => randomBytes(n));
          const digests = new PartDigests(sizes);
          // Ranges finish in any order; each feeds its own parts' hashes.
          const starts = [];
          for (let i = 0, at = 0; i < parts.length; i += perRange) {
            const bytes = Buffer.concat(parts.slice(i, i + perRange));
            starts.push({ start: at, end: at + bytes.length, bytes });
            at += bytes.length;
          }
          for (const r of starts.reverse()) feed(digests.hasher(r).update, r.bytes, chunk);
          // Every part was hashed on the way in: the file (which does not exist) is never read.
          expect(await digests.multipartEtag(path)).toBe(etagOf(parts));
        },
      ),
    );
  });

  it('starts a retried range’s parts over, and reads back the parts no range hashed', async () => {
    const path = join(await tempDir('digests'), 'file');
    const parts = [randomBytes(100), randomBytes(100), randomBytes(50)];
    await writeFile(path, Buffer.concat(parts));
    const digests = new PartDigests([100, 100, 50]);
    const second = digests.hasher({ start: 100, end: 250 });
    feed(second.update, randomBytes(150), 7); // a first attempt that turned out wrong
    second.reset();
    feed(second.update, Buffer.concat(parts.slice(1)), 30);
    // Part 1 came from an earlier run: it is read from the file.
    expect(await digests.multipartEtag(path)).toBe(etagOf(parts));
  });

  it('gives the plain MD5 of a one-part layout', async () => {
    const bytes = randomBytes(1000);
    const digests = new PartDigests([1000]);
    feed(digests.hasher({ start: 0, end: 1000 }).update, bytes, 64);
    expect(await digests.md5('/nonexistent')).toBe(createHash('md5').update(bytes).digest('hex'));
  });

  it('refuses a range that does not start a part', () => {
    expect(() => new PartDigests([10, 10]).hasher({ start: 5, end: 20 })).toThrow(RangeError);
  });
});
