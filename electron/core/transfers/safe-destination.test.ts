import { describe, expect, it } from 'vitest';
import { destinationFor } from './safe-destination.js';

const root = '/home/me/Downloads/dl';

describe('destinationFor', () => {
  it.each([
    ['photos/2024/a.jpg', '/home/me/Downloads/dl/photos/2024/a.jpg'],
    ['naïve 文件 (1).txt', '/home/me/Downloads/dl/naïve 文件 (1).txt'],
    ['a+b%20c.txt', '/home/me/Downloads/dl/a+b%20c.txt'],
    ['dots...txt', '/home/me/Downloads/dl/dots...txt'],
    ['..hidden', '/home/me/Downloads/dl/..hidden'],
  ])('writes %s inside the folder', (key, path) => {
    expect(destinationFor(root, key)).toEqual({ kind: 'file', path });
  });

  it('strips the prefix being downloaded', () => {
    expect(destinationFor(root, 'reports/2024/q1.csv', 'reports/')).toEqual({
      kind: 'file',
      path: '/home/me/Downloads/dl/2024/q1.csv',
    });
  });

  it('treats a trailing slash as a folder marker', () => {
    expect(destinationFor(root, 'empty/')).toEqual({
      kind: 'folder',
      path: '/home/me/Downloads/dl/empty',
    });
  });

  it.each([
    '../x',
    '/abs',
    'a/../../b',
    'a/./b',
    '..',
    'a//b',
    '..\\windows\\system.ini',
    'nul\0byte',
    `${'n'.repeat(256)}`,
    '',
  ])('refuses %j everywhere and says why', (key) => {
    for (const platform of ['linux', 'darwin', 'win32'] as const) {
      const verdict = destinationFor(root, key, '', platform);
      expect(verdict.kind, platform).toBe('refused');
      if (verdict.kind === 'refused') expect(verdict.reason).not.toMatch(/^E[A-Z]+/);
    }
  });

  it.each(['C:/Windows/x', 'ok/D:evil', 'notes/c:todo.txt', 'q?.txt', 'CON', 'aux.log', 'trail.'])(
    'refuses %j on Windows only, where drives, streams and device names exist',
    (key) => {
      expect(destinationFor(root, key, '', 'win32').kind).toBe('refused');
      expect(destinationFor(root, key, '', 'linux')).toEqual({
        kind: 'file',
        path: `${root}/${key}`,
      });
    },
  );

  it('takes a 255-byte name, and 255 wide characters on Windows', () => {
    expect(destinationFor(root, 'n'.repeat(255), '', 'linux').kind).toBe('file');
    expect(destinationFor(root, '名'.repeat(85), '', 'linux').kind).toBe('file');
    expect(destinationFor(root, `a/${'名'.repeat(86)}`, '', 'linux').kind).toBe('refused');
    expect(destinationFor(root, '名'.repeat(200), '', 'win32').kind).toBe('file');
  });

  it('refuses keys outside the prefix', () => {
    expect(destinationFor(root, 'other/x', 'reports/').kind).toBe('refused');
  });
});
