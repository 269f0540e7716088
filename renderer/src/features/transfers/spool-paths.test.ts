import { describe, expect, it } from 'vitest';
import { newDropId, spoolUrl, topLevelNames, totalBytes } from './spool-paths.js';

describe('newDropId', () => {
  it('is what the host accepts as a drop id', () => {
    for (let i = 0; i < 50; i++) expect(newDropId()).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
  });

  it('differs between drops', () => {
    expect(new Set(Array.from({ length: 100 }, () => newDropId())).size).toBe(100);
  });

  it('maps random bytes onto letters and digits', () => {
    expect(newDropId((b) => b.fill(0))).toBe('A'.repeat(20));
  });
});

describe('spoolUrl', () => {
  it('escapes the relative path as a query value', () => {
    expect(spoolUrl('drop0001', 'photos/a b&c.jpg')).toBe(
      '/api/spool?drop=drop0001&path=photos%2Fa+b%26c.jpg',
    );
  });
});

describe('top-level names and sizes', () => {
  const sources = [
    { file: new File(['12'], 'a'), relativePath: 'photos/a' },
    { file: new File(['345'], 'b'), relativePath: 'photos/x/b' },
    { file: new File(['6'], 'c.txt'), relativePath: 'c.txt' },
  ];

  it('lists each dropped item once, in order', () => {
    expect(topLevelNames(sources)).toEqual(['photos', 'c.txt']);
  });

  it('sums the bytes to send', () => {
    expect(totalBytes(sources)).toBe(6);
  });
});
