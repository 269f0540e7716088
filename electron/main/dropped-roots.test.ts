import { describe, expect, it } from 'vitest';
import { chosenRoots } from './dropped-roots.js';

describe('chosenRoots', () => {
  it('grants a picked folder once for all its files, and loose files one by one', () => {
    expect(
      chosenRoots([
        { path: '/home/me/photos/2024/a.jpg', relativePath: 'photos/2024/a.jpg' },
        { path: '/home/me/photos/b.jpg', relativePath: 'photos/b.jpg' },
        { path: '/home/me/loose.txt', relativePath: 'loose.txt' },
      ]),
    ).toEqual(['/home/me/photos', '/home/me/loose.txt']);
  });

  it('skips files built in the page (no path) and refuses paths that do not match', () => {
    expect(chosenRoots([{ path: '', relativePath: 'made-up.txt' }])).toEqual([]);
    expect(() => chosenRoots([{ path: 'relative/a.txt', relativePath: 'a.txt' }])).toThrow(
      'Chosen file 0: relative/a.txt is not an absolute path',
    );
    expect(() => chosenRoots([{ path: '', relativePath: 'a' }, { path: 1 }])).toThrow(
      'Chosen file 1 is not a path and a relative path',
    );
    expect(() => chosenRoots([{ path: '/home/me/a.txt', relativePath: 'b/a.txt' }])).toThrow(
      /does not end with/,
    );
    expect(() => chosenRoots('not a list')).toThrow();
  });
});
