import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { policyArbitrary } from './config-arbitraries.js';

describe('policyArbitrary', () => {
  // A repeated Sid made the editor round trip fail now and then (the editor rightly refuses it).
  it('never repeats a Sid within one policy', () => {
    fc.assert(
      fc.property(policyArbitrary('b'), (text) => {
        const sids = (JSON.parse(text) as { Statement: { Sid?: string }[] }).Statement.flatMap(
          (s) => (s.Sid === undefined ? [] : [s.Sid]),
        );
        expect(new Set(sids).size).toBe(sids.length);
      }),
      { numRuns: 2000 },
    );
  });
});
