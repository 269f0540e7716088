import { describe, expect, it } from 'vitest';
import {
  folderRootOf,
  newDropId,
  spoolUrl,
  topLevelNames,
  topLevelPath,
  totalBytes,
} from './spool-paths.js';

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

describe('topLevelPath', () => {
  it('is the spooled file itself for a top-level file', () => {
    expect(topLevelPath('/data/spool/d1/a.txt', 'a.txt')).toBe('/data/spool/d1/a.txt');
  });

  it('is the dropped folder for a file inside it', () => {
    expect(topLevelPath('/data/spool/d1/photos/2024/c.jpg', 'photos/2024/c.jpg')).toBe(
      '/data/spool/d1/photos',
    );
  });

  it('works with Windows separators from the host', () => {
    expect(topLevelPath('C:\\data\\spool\\d1\\photos\\c.jpg', 'photos/c.jpg')).toBe(
      'C:\\data\\spool\\d1\\photos',
    );
  });

  it('never cuts inside a name holding a backslash', () => {
    expect(topLevelPath('/data/spool/d1/back\\slash.txt', 'back\\slash.txt')).toBe(
      '/data/spool/d1/back\\slash.txt',
    );
    expect(topLevelPath('/data/spool/d1/photos/back\\slash.txt', 'photos/back\\slash.txt')).toBe(
      '/data/spool/d1/photos',
    );
  });

  it('finds an Electron folder root from a picked file', () => {
    expect(folderRootOf('/home/me/photos/a/b.jpg', 'photos/a/b.jpg')).toBe('/home/me/photos');
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
