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
    'C:/Windows/x',
    'ok/D:evil',
    'nul\0byte',
    '',
  ])('refuses %j and says why', (key) => {
    const verdict = destinationFor(root, key);
    expect(verdict.kind).toBe('refused');
    if (verdict.kind === 'refused') expect(verdict.reason.length).toBeGreaterThan(0);
  });

  it('refuses keys outside the prefix', () => {
    expect(destinationFor(root, 'other/x', 'reports/').kind).toBe('refused');
  });

  it('splits a browser path on "/" only when told, keeping a backslash in the name', () => {
    const options = { backslashSeparates: false };
    expect(destinationFor(root, 'back\\slash.txt', '', options)).toEqual({
      kind: 'file',
      path: '/home/me/Downloads/dl/back\\slash.txt',
    });
    expect(destinationFor(root, 'dir/a\\b/c.txt', '', options)).toEqual({
      kind: 'file',
      path: '/home/me/Downloads/dl/dir/a\\b/c.txt',
    });
    expect(destinationFor(root, 'a/../../x', '', options).kind).toBe('refused');
    expect(destinationFor(root, '/etc/passwd', '', options).kind).toBe('refused');
  });
});
