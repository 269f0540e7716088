import { describe, expect, it } from 'vitest';
import { initialUploadForm, uploadFormOptions } from './upload-form-draft.js';

describe('uploadFormOptions', () => {
  it('signs any file name under the folder by default, for an hour', () => {
    expect(uploadFormOptions(initialUploadForm('inbox/'))).toEqual({
      options: { key: { kind: 'prefix', prefix: 'inbox/' }, expiresInSeconds: 3600 },
    });
  });

  it('carries size range in the chosen unit, content type, status and redirect', () => {
    const draft = {
      ...initialUploadForm(''),
      keyMode: 'exact' as const,
      key: 'a.png',
      minSize: '1',
      maxSize: '2.5',
      sizeUnit: 'MiB' as const,
      contentType: 'image/png',
      successStatus: '201' as const,
      redirect: 'https://example.com/thanks',
    };
    expect(uploadFormOptions(draft)).toEqual({
      options: {
        key: { kind: 'exact', key: 'a.png' },
        expiresInSeconds: 3600,
        contentLengthRange: { min: 1_048_576, max: 2_621_440 },
        contentType: 'image/png',
        successActionStatus: '201',
        successActionRedirect: 'https://example.com/thanks',
      },
    });
  });

  it('asks for a Content-Type prefix when the type only has to start with the text', () => {
    const draft = {
      ...initialUploadForm('up/'),
      contentType: 'image/',
      contentTypeMatch: 'prefix' as const,
    };
    expect(uploadFormOptions(draft)).toEqual({
      options: {
        key: { kind: 'prefix', prefix: 'up/' },
        expiresInSeconds: 3600,
        contentTypePrefix: 'image/',
      },
    });
  });

  it('names each problem and signs nothing', () => {
    const draft = {
      ...initialUploadForm(''),
      keyMode: 'exact' as const,
      key: '',
      minSize: '10',
      maxSize: '2',
      redirect: 'ftp://x',
      expiry: { kind: 'custom' as const, amount: '8', unit: 'days' as const },
    };
    expect(uploadFormOptions(draft)).toEqual({
      problems: { key: 'required', maxSize: 'belowMin', redirect: 'notHttpUrl', expiry: 'tooLong' },
    });
    expect(uploadFormOptions({ ...initialUploadForm(''), maxSize: '6', sizeUnit: 'GiB' })).toEqual({
      problems: { maxSize: 'overLimit' },
    });
  });
});
