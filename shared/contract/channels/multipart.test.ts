import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { describeIssues } from '../dispatch.js';
import { multipartChannels } from './multipart.js';

const ref = { profileId: 'abcdef', bucket: 'bucket-1', key: 'k' };

/** '' when valid, else the dispatcher's message: "field: problem; …". */
function issuesOf(schema: z.ZodType, value: unknown): string {
  const result = schema.safeParse(value);
  return result.success ? '' : describeIssues(result.error.issues);
}

describe('multipart domain contract', () => {
  it('refuses presigned URLs over 7 days, saying why', () => {
    const input = multipartChannels['presign.get'].input;
    expect(issuesOf(input, { ...ref, expiresInSeconds: 604_800 })).toBe('');
    expect(issuesOf(input, { ...ref, expiresInSeconds: 604_801 })).toMatch(
      /^expiresInSeconds: .*7 days/,
    );
  });

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

  it('refuses metadata edits without metadataDirective REPLACE, and tags without REPLACE', () => {
    const input = multipartChannels['objects.copy'].input;
    const base = {
      profileId: 'abcdef',
      source: { bucket: 'bucket-1', key: 'a' },
      target: { bucket: 'bucket-1', key: 'b' },
    };
    expect(issuesOf(input, { ...base, options: { contentType: 'text/plain' } })).toMatch(
      /options\.contentType: needs metadataDirective REPLACE/,
    );
    expect(issuesOf(input, { ...base, options: { tags: { a: 'b' } } })).toMatch(/options\.tags/);
    expect(
      issuesOf(input, {
        ...base,
        options: {
          metadataDirective: 'REPLACE',
          contentType: 'text/plain',
          storageClass: 'FROZEN',
        },
      }),
    ).toMatch(/^options\.storageClass/);
  });

  it('refuses content headers under COPY, which S3 would silently drop', () => {
    const input = multipartChannels['objects.copy'].input;
    const base = {
      profileId: 'abcdef',
      source: { bucket: 'bucket-1', key: 'a' },
      target: { bucket: 'bucket-1', key: 'a' },
    };
    for (const field of ['contentDisposition', 'contentEncoding', 'contentLanguage']) {
      expect(issuesOf(input, { ...base, options: { [field]: 'x' } })).toBe(
        `options.${field}: needs metadataDirective REPLACE`,
      );
    }
    expect(
      issuesOf(input, { ...base, options: { metadataDirective: 'REPLACE', expires: 'soon' } }),
    ).toMatch(/^options\.expires/);
  });

  it('takes only http(s) success redirects on POST forms', () => {
    const input = multipartChannels['presign.post'].input;
    const post = { profileId: 'abcdef', bucket: 'bucket-1', key: { kind: 'exact', key: 'k' } };
    const with_ = (successActionRedirect: string) =>
      issuesOf(input, { ...post, expiresInSeconds: 60, successActionRedirect });
    expect(with_('https://example.com/done')).toBe('');
    expect(with_('javascript:alert(1)')).toMatch(/^successActionRedirect: must be an http/);
  });

  it('refuses keys over 1,024 bytes of UTF-8', () => {
    const input = multipartChannels['presign.get'].input;
    expect(issuesOf(input, { ...ref, key: 'é'.repeat(513), expiresInSeconds: 60 })).toMatch(/^key/);
  });
});
