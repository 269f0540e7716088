import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeLocation } from '../../shared/domain/place-link.js';
import { APP_HOST } from './app-origin.js';
import {
  LINK_HOST,
  MAX_LINK_LENGTH,
  connectLinkOf,
  handedFromArgv,
  handedLink,
  linkToPlace,
  placeFromLink,
} from './desktop-link.js';

const name = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 });
const place = fc.oneof(
  fc.record({ profileId: name, bucket: fc.constant(null), prefix: fc.constant('') }),
  fc.record({ profileId: name, bucket: name, prefix: fc.constant('') }),
  fc.record({ profileId: name, bucket: name, prefix: name }),
);

describe('desktop links', () => {
  it('name the same connection, bucket and folder the link was made for', () => {
    fc.assert(
      fc.property(place, (at) => {
        expect(placeFromLink(linkToPlace(at))).toEqual(at);
      }),
      { numRuns: 1_000 },
    );
  });

  it('read the example link, with or without the slash, in any letter case of scheme and host', () => {
    const at = { profileId: 'p1', bucket: 'photos', prefix: 'a #1/2024/' };
    expect(linkToPlace(at)).toBe('holdall://open/#/c/p1/b/photos/p/a%20%231%2F2024%2F');
    expect(placeFromLink('holdall://open#/c/p1/b/photos/p/a%20%231%2F2024%2F')).toEqual(at);
    expect(placeFromLink('HOLDALL://Open/#/c/p1/b/photos')).toEqual({
      profileId: 'p1',
      bucket: 'photos',
      prefix: '',
    });
  });

  it('use a host of their own, never the host the app pages load from', () => {
    expect(LINK_HOST).not.toBe(APP_HOST);
  });

  it('name no place for other schemes, the app page host, paths, queries or bad encodings', () => {
    for (const link of [
      '',
      'holdall:',
      'holdall://open',
      'holdall://open/',
      'holdall://app/#/c/p1',
      'holdall://app/index.html#/c/p1',
      'holdall://open/index.html#/c/p1',
      'holdall://open/../app/#/c/p1',
      'holdall://open/?x=1#/c/p1',
      'holdall://user@open/#/c/p1',
      'holdall://open:80/#/c/p1',
      'holdall://openx/#/c/p1',
      'holdall-media://open/#/c/p1',
      'https://open/#/c/p1',
      'file:///etc/passwd#/c/p1',
      'javascript:alert(1)//holdall://open/#/c/p1',
      ' holdall://open/#/c/p1',
      'holdall://open/#',
      'holdall://open/#/c',
      'holdall://open/#/c/p1/x/b',
      'holdall://open/#/c/p1/b/b/p/a/extra',
      'holdall://open/#/c/%E0%A4%A',
      'holdall://open/#/c/p1/b/%ZZ',
      'holdall://open/#/c/%ED%A0%80',
    ])
      expect(placeFromLink(link), link).toBeNull();
    for (const notText of [undefined, null, 42, {}, ['holdall://open/#/c/p1']])
      expect(placeFromLink(notText)).toBeNull();
  });

  it('keeps a traversal-looking folder as a folder name, never a path', () => {
    expect(placeFromLink('holdall://open/#/c/p1/b/b/p/..%2F..%2Fetc%2F')).toEqual({
      profileId: 'p1',
      bucket: 'b',
      prefix: '../../etc/',
    });
  });

  it('refuses links past the length limit and names longer than the event allows', () => {
    const long = `holdall://open/#/c/p1/b/b/p/${'a'.repeat(MAX_LINK_LENGTH)}`;
    expect(placeFromLink(long)).toBeNull();
    expect(placeFromLink(`holdall://open/#/c/${'x'.repeat(300)}`)).toBeNull();
    expect(
      placeFromLink(
        `holdall://open/#${encodeLocation({ profileId: 'p', bucket: 'b', prefix: 'é'.repeat(500) })}`,
      ),
    ).toEqual({
      profileId: 'p',
      bucket: 'b',
      prefix: 'é'.repeat(500),
    });
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        placeFromLink(text);
        placeFromLink(`holdall://open/#${text}`);
      }),
      { numRuns: 2_000 },
    );
  });

  it('finds the link among a launch command line, Chromium switches after it included', () => {
    expect(
      handedFromArgv([
        '/opt/Holdall/holdall',
        '--no-sandbox-ish',
        'holdall://open/#/c/p1/b/b',
        '--allow-file-access-from-files',
      ]),
    ).toEqual({ kind: 'place', place: { profileId: 'p1', bucket: 'b', prefix: '' } });
    expect(handedFromArgv(['/opt/Holdall/holdall', 'holdall://app/#/c/p1', 42])).toBeNull();
    expect(handedFromArgv([])).toBeNull();
  });

  it('hands a holdall://connect link on whole, for the form to check', () => {
    const link = 'holdall://connect?endpoint=http%3A%2F%2Fh%3A1&region=zg';
    expect(handedFromArgv(['/opt/Holdall/holdall', link, '--flag'])).toEqual({
      kind: 'connect',
      link,
    });
    expect(handedLink('HOLDALL://connect/?name=x')).toEqual({
      kind: 'connect',
      link: 'HOLDALL://connect/?name=x',
    });
    for (const other of [
      'holdall://connectx?name=x',
      'holdall://app/connect?x',
      'javascript:holdall://connect?x',
      `holdall://connect?name=${'a'.repeat(5000)}`,
      42,
    ])
      expect(connectLinkOf(other)).toBeNull();
  });
});
