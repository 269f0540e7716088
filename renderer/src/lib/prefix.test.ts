import { describe, expect, it } from 'vitest';
import { breadcrumbs, parentPrefix, relativeName } from './prefix.js';

describe('breadcrumbs', () => {
  it('is empty at the bucket root', () => {
    expect(breadcrumbs('')).toEqual([]);
  });

  it('gives each folder level with its prefix', () => {
    expect(breadcrumbs('photos/2024/')).toEqual([
      { label: 'photos', prefix: 'photos/' },
      { label: '2024', prefix: 'photos/2024/' },
    ]);
  });

  it('keeps empty segments from doubled slashes', () => {
    expect(breadcrumbs('a//b/')).toEqual([
      { label: 'a', prefix: 'a/' },
      { label: '', prefix: 'a//' },
      { label: 'b', prefix: 'a//b/' },
    ]);
  });

  it('keeps a trailing partial segment', () => {
    expect(breadcrumbs('a/rep')).toEqual([
      { label: 'a', prefix: 'a/' },
      { label: 'rep', prefix: 'a/rep' },
    ]);
  });
});

describe('relativeName', () => {
  it('strips the current prefix', () => {
    expect(relativeName('photos/2024/a.jpg', 'photos/')).toBe('2024/a.jpg');
    expect(relativeName('photos/2024/', 'photos/')).toBe('2024/');
  });

  it('leaves keys at the root alone', () => {
    expect(relativeName('a.txt', '')).toBe('a.txt');
  });

  it('leaves keys outside the prefix alone', () => {
    expect(relativeName('other/a.txt', 'photos/')).toBe('other/a.txt');
  });
});

describe('parentPrefix', () => {
  it('goes up one level', () => {
    expect(parentPrefix('a/b/')).toBe('a/');
    expect(parentPrefix('a/')).toBe('');
    expect(parentPrefix('')).toBe('');
    expect(parentPrefix('a//')).toBe('a/');
  });
});
