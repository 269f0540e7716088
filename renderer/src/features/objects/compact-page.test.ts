import { describe, expect, it } from 'vitest';
import {
  compactPage,
  folderOf,
  indexValues,
  pageEtag,
  pageModifiedMs,
  pageName,
  pageOwner,
  pagesHold,
} from './compact-page.js';
import { objectPage, objectRow } from './test-pages.js';

describe('folderOf', () => {
  it('is the prefix itself for a folder and its folder for a search prefix', () => {
    expect(folderOf('')).toBe('');
    expect(folderOf('docs/')).toBe('docs/');
    expect(folderOf('docs/rep')).toBe('docs/');
    expect(folderOf('rep')).toBe('');
  });
});

describe('compactPage', () => {
  it('keeps names relative to the folder, sizes, seconds and classes', () => {
    const page = compactPage(
      objectPage(
        'docs/',
        ['docs/a/'],
        [
          objectRow('docs/x.txt', 5, 'STANDARD', '2024-05-01T10:00:00.900Z'),
          objectRow('docs/yy.bin', 6e9, 'GLACIER', null),
        ],
        'token',
      ),
      'docs/',
    );
    expect(page.folders).toEqual(['a/']);
    expect(page.count).toBe(2);
    expect([pageName(page, 0), pageName(page, 1)]).toEqual(['x.txt', 'yy.bin']);
    // Over 4 GiB needs 64-bit sizes.
    expect(page.sizes).toBeInstanceOf(Float64Array);
    expect(page.sizes[1]).toBe(6e9);
    expect(pageModifiedMs(page, 0)).toBe(Date.parse('2024-05-01T10:00:00Z'));
    expect(pageModifiedMs(page, 1)).toBeNull();
    expect(page.classes[page.classIndex[1]!]).toBe('GLACIER');
    expect(page.nextContinuationToken).toBe('token');
  });

  it('uses 32-bit sizes and 16-bit offsets when they fit', () => {
    const page = compactPage(objectPage('', [], [objectRow('a', 10)]), '');
    expect(page.sizes).toBeInstanceOf(Uint32Array);
    expect(page.ends).toBeInstanceOf(Uint16Array);
  });

  it('hides the folder marker object but keeps an object named like a search prefix', () => {
    const folder = compactPage(objectPage('docs/', [], [objectRow('docs/', 0)]), 'docs/');
    expect(folder.count).toBe(0);
    const search = compactPage(objectPage('docs/rep', [], [objectRow('docs/rep')]), 'docs/rep');
    expect(pageName(search, 0)).toBe('rep');
  });
});

describe('ETags and owners', () => {
  const rows = [
    { ...objectRow('a.txt'), etag: '"0cc175b9c0f1b6a831c399e269772661"', owner: 'alice' },
    { ...objectRow('b.bin'), etag: '"9b2cf535f27731c974343645a3985328-3"', owner: 'alice' },
    { ...objectRow('c'), etag: null, owner: 'bob' },
  ];

  it('are not kept unless a shown column asks for them', () => {
    const page = compactPage(objectPage('', [], rows), '');
    expect(page.etags).toBeNull();
    expect(page.owners).toBeNull();
    expect(pageEtag(page, 0)).toBeNull();
    expect(pageOwner(page, 0)).toBeNull();
    expect(pagesHold([page], { etag: false, owner: false })).toBe(true);
    expect(pagesHold([page], { etag: true, owner: false })).toBe(false);
  });

  it('keep the ETag without its quotes, "" for none, and each owner once', () => {
    const page = compactPage(objectPage('', [], rows), '', { etag: true, owner: true });
    expect([0, 1, 2].map((i) => pageEtag(page, i))).toEqual([
      '0cc175b9c0f1b6a831c399e269772661',
      '9b2cf535f27731c974343645a3985328-3',
      '',
    ]);
    expect([0, 1, 2].map((i) => pageOwner(page, i))).toEqual(['alice', 'alice', 'bob']);
    expect(page.owners?.values).toEqual(['alice', 'bob']);
    expect(pagesHold([page], { etag: true, owner: true })).toBe(true);
  });
});

describe('indexValues', () => {
  it('uses one byte a row for up to 256 distinct values, two beyond', () => {
    const few = indexValues(Array.from({ length: 1000 }, (_, i) => `c${i % 256}`));
    expect(few.index).toBeInstanceOf(Uint8Array);
    expect(few.values[few.index[999]!]).toBe('c231');
    const many = indexValues(Array.from({ length: 1000 }, (_, i) => `o${i % 300}`));
    expect(many.index).toBeInstanceOf(Uint16Array);
    expect(many.values[many.index[299]!]).toBe('o299');
  });
});
