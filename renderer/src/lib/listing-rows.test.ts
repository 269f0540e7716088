import { describe, expect, it } from 'vitest';
import type { ObjectPage, ObjectRow } from '../../../shared/domain/listing.js';
import { listingRows } from './listing-rows.js';

function object(key: string, size = 1): ObjectRow {
  return { key, size, lastModified: null, etag: null, storageClass: 'STANDARD' };
}

function page(prefix: string, folders: string[], objects: ObjectRow[]): ObjectPage {
  return { prefix, folders, objects, nextContinuationToken: null };
}

describe('listingRows', () => {
  it('puts folders before objects across pages, named relative to the prefix', () => {
    const rows = listingRows(
      [
        page('docs/', ['docs/a/'], [object('docs/z.txt')]),
        page('docs/', ['docs/b/'], [object('docs/y.txt')]),
      ],
      'docs/',
    );
    expect(rows.map((r) => [r.kind, r.name])).toEqual([
      ['folder', 'a/'],
      ['folder', 'b/'],
      ['object', 'z.txt'],
      ['object', 'y.txt'],
    ]);
  });

  it('hides the folder marker object', () => {
    const rows = listingRows([page('docs/', [], [object('docs/', 0), object('docs/x')])], 'docs/');
    expect(rows.map((r) => r.name)).toEqual(['x']);
  });

  it('lists a folder once even if two pages repeat it', () => {
    const rows = listingRows([page('', ['a/'], []), page('', ['a/'], [])], '');
    expect(rows).toHaveLength(1);
  });

  it('gives rows stable ids that cannot clash between kinds', () => {
    const rows = listingRows([page('', ['a/'], [object('a/')])], '');
    expect(rows.map((r) => r.id)).toEqual(['f:a/', 'o:a/']);
  });
});
