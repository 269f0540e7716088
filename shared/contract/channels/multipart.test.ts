import { describe, expect, it } from 'vitest';
import { multipartChannels } from './multipart.js';
import { issuesOf } from './test-support.js';

const ref = { profileId: 'abcdef', bucket: 'bucket-1', key: 'k' };

describe('multipart domain contract', () => {
  it('limits part numbers to 1–10,000', () => {
    const input = multipartChannels['multipart.uploadPart'].input;
    const part = {
      ...ref,
      uploadId: 'u',
      source: { kind: 'file', grant: 'g'.repeat(32), offset: 0, length: 1 },
    };
    expect(issuesOf(input, { ...part, partNumber: 1 })).toBe('');
    expect(issuesOf(input, { ...part, partNumber: 10_000 })).toBe('');
    expect(issuesOf(input, { ...part, partNumber: 0 })).toMatch(/^partNumber/);
    expect(issuesOf(input, { ...part, partNumber: 10_001 })).toMatch(/^partNumber/);
  });

  it('refuses repeated part numbers on complete', () => {
    const input = multipartChannels['multipart.complete'].input;
    const parts = [
      { partNumber: 1, etag: '"a"' },
      { partNumber: 1, etag: '"b"' },
    ];
    expect(issuesOf(input, { ...ref, uploadId: 'u', parts })).toMatch(/^parts: .*repeat/);
  });
});
