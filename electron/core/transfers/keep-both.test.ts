import { describe, expect, it } from 'vitest';
import { firstFreeName, keepBothName, keepBothPath } from './keep-both.js';

describe('keep-both names', () => {
  it.each([
    ['report.pdf', 1, 'report (1).pdf'],
    ['archive.tar.gz', 2, 'archive.tar (2).gz'],
    ['README', 1, 'README (1)'],
    ['.bashrc', 1, '.bashrc (1)'],
    ['trailing.', 1, 'trailing (1).'],
  ])('%s #%i → %s', (name, n, expected) => {
    expect(keepBothName(name, n)).toBe(expected);
  });

  it('changes only the last segment of a path or key', () => {
    expect(keepBothPath('/home/me/v1.2/notes.txt', 1)).toBe('/home/me/v1.2/notes (1).txt');
    expect(keepBothPath('photos.2024/a', 3, /\//)).toBe('photos.2024/a (3)');
  });

  it('picks the first name not taken', async () => {
    const taken = new Set(['/d/a.txt', '/d/a (1).txt', '/d/a (2).txt']);
    expect(await firstFreeName('/d/a.txt', (p) => Promise.resolve(taken.has(p)))).toBe(
      '/d/a (3).txt',
    );
  });
});
