import { describe, expect, it } from 'vitest';
import { compactPage, folderOf, pageModifiedMs, pageName } from './compact-page.js';
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
