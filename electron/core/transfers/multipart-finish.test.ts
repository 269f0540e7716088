import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { multipartEtag } from './multipart-finish.js';

const md5 = (data: Buffer): Buffer => createHash('md5').update(data).digest();

describe('multipartEtag', () => {
  it('is the MD5 of the parts’ MD5s and their count, as S3 and RGW name the object', () => {
    const parts = [randomBytes(1000), randomBytes(10), randomBytes(333)];
    const etags = parts.map((p) => `"${md5(p).toString('hex')}"`);
    const expected = `${createHash('md5')
      .update(Buffer.concat(parts.map(md5)))
      .digest('hex')}-3`;
    expect(multipartEtag(etags)).toBe(expected);
    expect(multipartEtag(etags.map((e) => e.slice(1, -1).toUpperCase()))).toBe(expected);
  });

  it('knows nothing when a part’s ETag is no MD5 (SSE-KMS, another server’s scheme)', () => {
    expect(multipartEtag([`"${'a'.repeat(32)}"`, '"not-an-md5"'])).toBeUndefined();
  });
});
