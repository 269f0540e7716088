import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../shared/contract/envelope.js';
import { dialects } from '../dialects.js';
import { assertCopyAllowed, assertUploadPartCopyAllowed } from './copy-rules.js';

const when = '2024-01-01T00:00:00Z';

function refusal(check: () => void): AppError | undefined {
  try {
    check();
    return undefined;
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
}

describe('assertCopyAllowed on JD Cloud', () => {
  const jd = dialects.jdcloud;

  it.each([
    [{ ifMatch: '"abc"' }, 'x-amz-copy-source-if-match on copy'],
    [{ ifNoneMatch: '"abc"' }, 'x-amz-copy-source-if-none-match on copy'],
    [{ ifModifiedSince: when }, 'x-amz-copy-source-if-modified-since on copy'],
    [{ ifUnmodifiedSince: when }, 'x-amz-copy-source-if-unmodified-since on copy'],
  ])('refuses the condition %o, naming its header', (conditions, field) => {
    const err = refusal(() => assertCopyAllowed(jd, { conditions }));
    expect(err?.code).toBe('UnsupportedByProvider');
    expect(err?.message).toBe(`JD Cloud OSS does not support ${field}.`);
    expect(err?.details).toEqual({ provider: 'jdcloud', field });
  });

  it('refuses a tagging directive, COPY or REPLACE', () => {
    for (const taggingDirective of ['COPY', 'REPLACE']) {
      const err = refusal(() => assertCopyAllowed(jd, { taggingDirective }));
      expect(err?.details).toEqual({
        provider: 'jdcloud',
        field: 'x-amz-tagging-directive on copy',
      });
    }
  });

  it('refuses storage classes beyond STANDARD and REDUCED_REDUNDANCY, naming the class', () => {
    const err = refusal(() => assertCopyAllowed(jd, { storageClass: 'GLACIER' }));
    expect(err?.code).toBe('UnsupportedByProvider');
    expect(err?.details).toMatchObject({ field: 'x-amz-storage-class GLACIER on copy' });
  });

  it('allows what it supports', () => {
    expect(refusal(() => assertCopyAllowed(jd, {}))).toBeUndefined();
    expect(refusal(() => assertCopyAllowed(jd, { conditions: {} }))).toBeUndefined();
    for (const storageClass of ['STANDARD', 'REDUCED_REDUNDANCY']) {
      expect(refusal(() => assertCopyAllowed(jd, { storageClass }))).toBeUndefined();
    }
  });
});

describe('assertCopyAllowed on AWS', () => {
  it('allows every condition, tagging directive and storage class', () => {
    const everything = {
      conditions: {
        ifMatch: '"a"',
        ifNoneMatch: '"b"',
        ifModifiedSince: when,
        ifUnmodifiedSince: when,
      },
      taggingDirective: 'REPLACE',
      storageClass: 'GLACIER',
    };
    expect(refusal(() => assertCopyAllowed(dialects.aws, everything))).toBeUndefined();
  });
});

describe('assertUploadPartCopyAllowed', () => {
  it('refuses conditions on JD Cloud, naming the header and the operation', () => {
    const err = refusal(() =>
      assertUploadPartCopyAllowed(dialects.jdcloud, { ifUnmodifiedSince: when }),
    );
    expect(err?.details).toEqual({
      provider: 'jdcloud',
      field: 'x-amz-copy-source-if-unmodified-since on upload part copy',
    });
  });

  it('allows a part copy without conditions on JD Cloud, and with them on AWS', () => {
    expect(refusal(() => assertUploadPartCopyAllowed(dialects.jdcloud, undefined))).toBeUndefined();
    expect(
      refusal(() => assertUploadPartCopyAllowed(dialects.aws, { ifMatch: '"a"' })),
    ).toBeUndefined();
  });
});

describe('Ceph RGW, as measured', () => {
  it('takes copy conditions (sent in the spelling it reads)', () => {
    expect(
      refusal(() => assertCopyAllowed(dialects.ceph, { conditions: { ifMatch: '"a"' } })),
    ).toBeUndefined();
  });

  it('refuses what it would silently ignore: tagging directive, part copy conditions', () => {
    expect(
      refusal(() => assertCopyAllowed(dialects.ceph, { taggingDirective: 'REPLACE' }))?.message,
    ).toBe('Ceph RGW does not support x-amz-tagging-directive on copy.');
    expect(
      refusal(() => assertUploadPartCopyAllowed(dialects.ceph, { ifMatch: '"a"' }))?.details,
    ).toEqual({ provider: 'ceph', field: 'x-amz-copy-source-if-match on upload part copy' });
  });
});
