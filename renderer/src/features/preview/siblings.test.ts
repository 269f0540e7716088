import { describe, expect, it } from 'vitest';
import type { ObjectRow } from '../../../../shared/domain/listing.js';
import { compactPage } from '../objects/compact-page.js';
import { filesOfPages, stepFrom } from './siblings.js';

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
    expect(stepFrom(keys, 'docs/a.png', 1)).toBe('docs/b.json');
    expect(stepFrom(keys, 'docs/a.png', -1)).toBeNull();
    expect(stepFrom(keys, 'docs/b.json', 1)).toBeNull();
    expect(stepFrom(keys, 'elsewhere', 1)).toBeNull();
  });
});
