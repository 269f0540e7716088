import { describe, expect, it } from 'vitest';
import { draggedKeys } from './drag-out.js';

const target = (keys: string[], prefixes: string[] = []) => ({
  profileId: 'p',
  bucket: 'b',
  prefix: 'docs/',
  selection: { keys, prefixes },
});

describe('draggedKeys', () => {
  it('drags the row alone when it is not selected', () => {
    expect(draggedKeys('docs/a.txt', target(['docs/b.txt', 'docs/c.txt']))).toEqual({
      keys: ['docs/a.txt'],
      foldersLeftOut: false,
    });
  });

  it('drags every selected file when the row is one of them, leaving folders out', () => {
    expect(draggedKeys('docs/b.txt', target(['docs/b.txt', 'docs/c.txt'], ['docs/x/']))).toEqual({
      keys: ['docs/b.txt', 'docs/c.txt'],
      foldersLeftOut: true,
    });
  });
});
