import { describe, expect, it } from 'vitest';
import { compactPage } from '../objects/compact-page.js';
import { namesOfPages } from './loaded-names.js';

const row = (key: string) => ({
  key,
  size: 1,
  lastModified: null,
  etag: null,
  storageClass: null,
  owner: null,
});

describe('namesOfPages', () => {
  it('gives folder names with "/" and object names relative to the folder, across pages', () => {
    const first = compactPage(
      {
        prefix: 'docs/',
        folders: ['docs/old/'],
        objects: [row('docs/'), row('docs/a.txt')],
        nextContinuationToken: 'next',
      },
      'docs/',
    );
    const second = compactPage(
      { prefix: 'docs/', folders: [], objects: [row('docs/b.txt')], nextContinuationToken: null },
      'docs/',
    );
    expect([...namesOfPages([first, second])].sort()).toEqual(['a.txt', 'b.txt', 'old/']);
  });
});
