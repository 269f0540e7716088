import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeLocation, encodeLocation } from './place-link.js';
import type { Place } from './place-link.js';

/** Text an S3 key can hold: any Unicode scalar values, the characters URLs treat specially often. */
const hostileText = fc.oneof(
  fc.string({ unit: 'grapheme', minLength: 1 }),
  fc.string({
    unit: fc.constantFrom('#', '%', '?', '/', ' ', '&', '+', '=', '%2F', '..', 'é', '文'),
    minLength: 1,
  }),
);

const location: fc.Arbitrary<Place> = fc.oneof(
  fc.record({ profileId: hostileText, bucket: fc.constant(null), prefix: fc.constant('') }),
  fc.record({ profileId: hostileText, bucket: hostileText, prefix: fc.constant('') }),
  fc.record({ profileId: hostileText, bucket: hostileText, prefix: hostileText }),
);

describe('deep links', () => {
  it('give back the same connection, bucket and folder for any names', () => {
    fc.assert(
      fc.property(location, (at) => {
        const hash = encodeLocation(at);
        expect(decodeLocation(`#${hash}`)).toEqual(at);
        // What a browser may hand back: the address part as typed, with or without "#".
        expect(decodeLocation(hash)).toEqual(at);
      }),
      { numRuns: 2_000 },
    );
  });

  it('keep the address free of characters that end or split it', () => {
    fc.assert(
      fc.property(location, (at) => {
        expect(encodeLocation(at)).toMatch(/^\/c\/[A-Za-z0-9\-_.!~*'()%/]+$/);
        expect(encodeLocation(at)).not.toMatch(/[#?\s]/);
      }),
    );
  });

  it('writes the example keys readably', () => {
    expect(encodeLocation({ profileId: 'p1', bucket: 'b', prefix: 'a #1/100%?/' })).toBe(
      '/c/p1/b/b/p/a%20%231%2F100%25%3F%2F',
    );
    expect(encodeLocation({ profileId: 'p1', bucket: null, prefix: '' })).toBe('/c/p1');
    expect(encodeLocation(null)).toBe('');
  });

  it('links only as deep as the address can hold (half a surrogate pair has no UTF-8)', () => {
    expect(encodeLocation({ profileId: 'p', bucket: 'b', prefix: 'x\uD800/' })).toBe('/c/p/b/b');
    expect(encodeLocation({ profileId: '\uDC00', bucket: 'b', prefix: '' })).toBe('');
  });

  it('names no place for anything else', () => {
    for (const hash of [
      '',
      '#',
      '#/',
      '#/c',
      '#/c/',
      '#/x/p1',
      '#/c/p1/b',
      '#/c/p1/b/',
      '#/c/p1/x/b',
      '#/c/p1/b/b/p',
      '#/c/p1/b/b/p/',
      '#/c/p1/b/b/p/a/extra',
      '#/c/%E0%A4%A',
      '#/c/p1/b/%ZZ',
    ]) {
      expect(decodeLocation(hash), hash).toBeNull();
    }
  });
});
