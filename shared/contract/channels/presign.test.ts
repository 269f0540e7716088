import { describe, expect, it } from 'vitest';
import { presignChannels } from './presign.js';
import { issuesOf } from './test-support.js';

const ref = { profileId: 'abcdef', bucket: 'bucket-1', key: 'k' };

describe('presign domain contract', () => {
  it('refuses presigned URLs over 7 days, saying why', () => {
    const input = presignChannels['presign.get'].input;
    expect(issuesOf(input, { ...ref, expiresInSeconds: 604_800 })).toBe('');
    expect(issuesOf(input, { ...ref, expiresInSeconds: 604_801 })).toMatch(
      /^expiresInSeconds: .*7 days/,
    );
  });

  it('takes only http(s) success redirects on POST forms', () => {
    const input = presignChannels['presign.post'].input;
    const post = { profileId: 'abcdef', bucket: 'bucket-1', key: { kind: 'exact', key: 'k' } };
    const with_ = (successActionRedirect: string) =>
      issuesOf(input, { ...post, expiresInSeconds: 60, successActionRedirect });
    expect(with_('https://example.com/done')).toBe('');
    expect(with_('javascript:alert(1)')).toMatch(/^successActionRedirect: must be an http/);
  });

  it('refuses keys over 1,024 bytes of UTF-8', () => {
    const input = presignChannels['presign.get'].input;
    expect(issuesOf(input, { ...ref, key: 'é'.repeat(513), expiresInSeconds: 60 })).toMatch(/^key/);
  });
});
