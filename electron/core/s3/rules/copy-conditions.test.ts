import { describe, expect, it } from 'vitest';
import { assertCopyConditions, copyConditionsHold } from './copy-conditions.js';

const source = { etag: '"abc"', lastModified: new Date('2024-06-01T12:00:00.400Z') };
const before = '2024-05-01T00:00:00Z';
const after = '2024-07-01T00:00:00Z';

describe('copyConditionsHold', () => {
  it('compares ETags with or without quotes, lists and *', () => {
    expect(copyConditionsHold({ ifMatch: 'abc' }, source)).toBe(true);
    expect(copyConditionsHold({ ifMatch: '"x", "abc"' }, source)).toBe(true);
    expect(copyConditionsHold({ ifMatch: '*' }, source)).toBe(true);
    expect(copyConditionsHold({ ifMatch: '"x"' }, source)).toBe(false);
    expect(copyConditionsHold({ ifNoneMatch: '"abc"' }, source)).toBe(false);
    expect(copyConditionsHold({ ifNoneMatch: '"x"' }, source)).toBe(true);
  });

  it('compares dates at whole seconds', () => {
    expect(copyConditionsHold({ ifModifiedSince: before }, source)).toBe(true);
    expect(copyConditionsHold({ ifModifiedSince: after }, source)).toBe(false);
    expect(copyConditionsHold({ ifModifiedSince: '2024-06-01T12:00:00Z' }, source)).toBe(false);
    expect(copyConditionsHold({ ifUnmodifiedSince: after }, source)).toBe(true);
    expect(copyConditionsHold({ ifUnmodifiedSince: before }, source)).toBe(false);
    expect(copyConditionsHold({ ifUnmodifiedSince: '2024-06-01T12:00:00Z' }, source)).toBe(true);
  });

  it('lets a matching If-Match override a failing If-Unmodified-Since, as S3 does', () => {
    expect(copyConditionsHold({ ifMatch: '"abc"', ifUnmodifiedSince: before }, source)).toBe(true);
  });

  it('lets a holding If-None-Match override a failing If-Modified-Since, as S3 does', () => {
    expect(copyConditionsHold({ ifNoneMatch: '"x"', ifModifiedSince: after }, source)).toBe(true);
  });

  it('throws PreconditionFailed when they do not hold', () => {
    expect(() => assertCopyConditions({ ifMatch: '"x"' }, source)).toThrow(
      expect.objectContaining({ code: 'PreconditionFailed' }),
    );
    expect(() => assertCopyConditions(undefined, source)).not.toThrow();
  });
});
