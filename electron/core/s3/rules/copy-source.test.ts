import { describe, expect, it } from 'vitest';
import { copySource } from './copy-source.js';

describe('copySource', () => {
  it('encodes each key segment and keeps the slashes', () => {
    expect(copySource('b', 'docs/a b+c?.txt')).toBe('b/docs/a%20b%2Bc%3F.txt');
    expect(copySource('b', 'é/ü')).toBe('b/%C3%A9/%C3%BC');
  });

  it('adds an encoded version id', () => {
    expect(copySource('b', 'k', 'v+1')).toBe('b/k?versionId=v%2B1');
  });
});
