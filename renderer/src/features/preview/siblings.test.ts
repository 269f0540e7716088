import { describe, expect, it } from 'vitest';
import type { ObjectRow } from '../../../../shared/domain/listing.js';
import { compactPage } from '../objects/compact-page.js';
import { nameCollator } from '../objects/name-order.js';
import { filesOfPages, siblingsOf } from './siblings.js';

const row = (key: string): ObjectRow => ({
  key,
  size: 1,
  lastModified: null,
  etag: null,
  storageClass: null,
  owner: null,
});

describe('filesOfPages and stepFrom', () => {
  it('walk the folder’s files in listing order, skipping folders', () => {
    const page = compactPage(
      {
        prefix: 'docs/',
        folders: ['docs/sub/'],
        objects: [row('docs/a.png'), row('docs/b.json')],
        nextContinuationToken: null,
      },
      'docs/',
    );
    const keys = filesOfPages([page], 'docs/');
    expect(keys).toEqual(['docs/a.png', 'docs/b.json']);
    expect(siblingsOf(keys, 'docs/a.png', null)).toEqual({
      previous: null,
      next: 'docs/b.json',
      position: 0,
    });
    expect(siblingsOf(keys, 'docs/b.json', null).next).toBeNull();
    expect(siblingsOf(keys, 'elsewhere', null)).toEqual({
      previous: null,
      next: null,
      position: -1,
    });
  });

  it('step in natural order when the list shows names that way', () => {
    // Listing (byte) order, as S3 sends it.
    const keys = ['B.jpg', 'b.jpg', 'img1.jpg', 'img10.jpg', 'img2.jpg'];
    const natural = nameCollator('natural', 'en');
    expect(siblingsOf(keys, 'img1.jpg', natural)).toEqual({
      previous: 'b.jpg',
      next: 'img2.jpg',
      position: 2,
    });
    expect(siblingsOf(keys, 'img2.jpg', natural).next).toBe('img10.jpg');
    expect(siblingsOf(keys, 'img10.jpg', natural).next).toBeNull();
    // "B" and "b" are the same letter: listing order decides between them.
    expect(siblingsOf(keys, 'B.jpg', natural)).toEqual({
      previous: null,
      next: 'b.jpg',
      position: 0,
    });
    expect(siblingsOf(keys, 'img1.jpg', null).next).toBe('img10.jpg');
  });
});
