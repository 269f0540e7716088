import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Selection } from '../../app/selection.js';
import {
  HISTORY_LIMIT,
  canGoBack,
  canGoForward,
  currentOf,
  folderLeft,
  goBack,
  goForward,
  placeAbove,
  pushPlace,
  replacePlace,
  startHistory,
} from './history.js';

const at = (prefix: string, bucket: string | null = 'b'): Selection => ({
  profileId: 'p',
  bucket,
  prefix,
});

describe('navigation history', () => {
  it('goes back and forward through the places visited', () => {
    let h = startHistory(at(''));
    h = pushPlace(h, at('a/'));
    h = pushPlace(h, at('a/b/'));
    expect(canGoForward(h)).toBe(false);
    h = goBack(h);
    expect(currentOf(h)).toEqual(at('a/'));
    h = goBack(h);
    expect(currentOf(h)).toEqual(at(''));
    expect(canGoBack(h)).toBe(false);
    expect(goBack(h)).toBe(h);
    h = goForward(goForward(h));
    expect(currentOf(h)).toEqual(at('a/b/'));
    expect(goForward(h)).toBe(h);
  });

  it('drops the places ahead when going somewhere new, as a browser does', () => {
    let h = pushPlace(pushPlace(startHistory(at('')), at('a/')), at('a/b/'));
    h = pushPlace(goBack(goBack(h)), at('c/'));
    expect(h.entries).toEqual([at(''), at('c/')]);
    expect(canGoForward(h)).toBe(false);
  });

  it('does not record the same place twice in a row', () => {
    const h = pushPlace(startHistory(at('a/')), at('a/'));
    expect(h.entries).toHaveLength(1);
  });

  it('replaces the current place without a new entry', () => {
    const h = replacePlace(pushPlace(startHistory(null), at('gone/')), at(''));
    expect(h.entries).toEqual([null, at('')]);
    expect(h.index).toBe(1);
  });

  it('keeps the newest places within its limit, whatever is done', () => {
    const step = fc.oneof(
      fc.constantFrom('back' as const, 'forward' as const),
      fc.string({ maxLength: 3 }).map((prefix) => ({ push: prefix })),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 400 }), (steps) => {
        let h = startHistory(null);
        for (const s of steps) {
          if (s === 'back') h = goBack(h);
          else if (s === 'forward') h = goForward(h);
          else {
            const before = currentOf(h);
            h = pushPlace(h, at(s.push));
            // Right after a push the place is current; something new leaves nothing ahead.
            expect(currentOf(h)).toEqual(at(s.push));
            if (before?.prefix !== s.push) expect(canGoForward(h)).toBe(false);
          }
          expect(h.entries.length).toBeLessThanOrEqual(HISTORY_LIMIT);
          expect(h.index).toBeGreaterThanOrEqual(0);
          expect(h.index).toBeLessThan(h.entries.length);
        }
      }),
    );
  });
});

describe('up', () => {
  it('goes to the parent folder, then to the bucket root, then to the connection', () => {
    expect(placeAbove(at('a/b/'))).toEqual(at('a/'));
    expect(placeAbove(at('a/'))).toEqual(at(''));
    expect(placeAbove(at('docs/rep'))).toEqual(at('docs/'));
    expect(placeAbove(at(''))).toEqual(at('', null));
    expect(placeAbove(at('', null))).toBeNull();
    expect(placeAbove(null)).toBeNull();
  });

  it('selects the folder it came out of', () => {
    expect(folderLeft(at('a/b/'), at('a/'))).toBe('a/b/');
    expect(folderLeft(at('a/b/c/'), at(''))).toBe('a/');
    expect(folderLeft(at('a/b #?%/'), at('a/'))).toBe('a/b #?%/');
    // "a//": the folder with an empty name.
    expect(folderLeft(at('a//'), at('a/'))).toBe('a//');
  });

  it('selects nothing when not going up within one bucket', () => {
    expect(folderLeft(at('a/'), at('a/b/'))).toBeNull();
    expect(folderLeft(at('a/'), at('a/'))).toBeNull();
    expect(folderLeft(at('ab/'), at('a/'))).toBeNull();
    expect(folderLeft(at('a/b/'), { ...at('a/'), bucket: 'other' })).toBeNull();
    expect(folderLeft(at('docs/rep'), at('docs/'))).toBeNull();
    expect(folderLeft(at('docs/a/'), at('docs/a'))).toBeNull();
    expect(folderLeft(at(''), at('', null))).toBeNull();
  });
});
