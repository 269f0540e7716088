import { describe, expect, it } from 'vitest';
import { copyChannels } from './copy.js';
import { issuesOf } from './test-support.js';

describe('copy domain contract', () => {
  it('refuses metadata edits without metadataDirective REPLACE, and tags without REPLACE', () => {
    const input = copyChannels['objects.copy'].input;
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
    const input = copyChannels['objects.copy'].input;
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
});
