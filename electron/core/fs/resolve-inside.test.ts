import { describe, expect, it } from 'vitest';
import { resolveInside } from './resolve-inside.js';

describe('resolveInside', () => {
  const root = '/srv/app';
  it('resolves ordinary paths inside the root', () => {
    expect(resolveInside(root, '/index.html')).toBe('/srv/app/index.html');
    expect(resolveInside(root, '/assets/a%20b.js')).toBe('/srv/app/assets/a b.js');
  });
  it.each([
    '/../etc/passwd',
    '/assets/../../etc/passwd',
    '/%2e%2e/etc/passwd',
    '/..%2fsecret',
    '/a%00b',
    '/%E0%A4%A',
  ])('refuses %s', (path) => {
    expect(resolveInside(root, path)).toBeUndefined();
  });
  it('does not treat a sibling folder with the same prefix as inside', () => {
    expect(resolveInside(root, '/../app-evil/x')).toBeUndefined();
  });
});
