import { describe, expect, it } from 'vitest';
import type { ObjectHead } from '../../../../shared/domain/object-head.js';
import { checkDraft, copyOptionsFor, draftFromHead, draftHasProblems } from './properties-draft.js';

const head: ObjectHead = {
  size: 3,
  etag: '"e"',
  contentType: 'text/plain',
  lastModified: '2026-01-01T00:00:00.000Z',
  storageClass: 'STANDARD',
  cacheControl: null,
  contentDisposition: 'inline',
  contentEncoding: null,
  contentLanguage: 'en',
  expires: 'Wed, 02 Jan 2030 03:04:05 GMT',
  versionId: null,
  metadata: { keep: 'me', owner: 'ada' },
};

describe('copyOptionsFor', () => {
  it('replaces with every stored header kept, Expires carried, edits applied', () => {
    const draft = draftFromHead(head);
    draft.headers.cacheControl = 'max-age=60';
    draft.storageClass = 'REDUCED_REDUNDANCY';
    draft.metadata[1] = { id: 2, name: 'owner', value: 'grace' };
    expect(copyOptionsFor(draft, head)).toEqual({
      metadataDirective: 'REPLACE',
      metadata: { keep: 'me', owner: 'grace' },
      contentType: 'text/plain',
      cacheControl: 'max-age=60',
      contentDisposition: 'inline',
      contentLanguage: 'en',
      expires: '2030-01-02T03:04:05.000Z',
      storageClass: 'REDUCED_REDUNDANCY',
    });
  });

  it('drops a header cleared in the dialog and an Expires no date parser reads', () => {
    const draft = draftFromHead({ ...head, expires: 'never' });
    draft.headers.contentDisposition = '  ';
    const options = copyOptionsFor(draft, head);
    expect(options).not.toHaveProperty('contentDisposition');
    expect(copyOptionsFor(draft, { ...head, expires: 'never' })).not.toHaveProperty('expires');
  });
});

describe('checkDraft', () => {
  it('flags non-ASCII or over-long header values and bad metadata', () => {
    const draft = draftFromHead(head);
    draft.headers.contentType = 'text/plain; charset=é';
    draft.headers.cacheControl = 'x'.repeat(1025);
    draft.metadata.push({ id: 9, name: 'bad key', value: '' });
    const problems = checkDraft(draft);
    expect(problems.headers).toEqual({ contentType: 'characters', cacheControl: 'tooLong' });
    expect(problems.metadata.names.get(9)).toBe('characters');
    expect(draftHasProblems(problems)).toBe(true);
    expect(draftHasProblems(checkDraft(draftFromHead(head)))).toBe(false);
  });

  it('refuses to apply while a storage class the copy cannot name is chosen', () => {
    const problems = checkDraft(draftFromHead({ ...head, storageClass: 'COLD_HDD' }));
    expect(problems.storageClass).toBe('unknown');
    expect(draftHasProblems(problems)).toBe(true);
  });
});
