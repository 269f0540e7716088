import { describe, expect, it } from 'vitest';
import { kindOf } from './file-kind.js';

describe('kindOf', () => {
  it.each([
    ['photo.png', 'image'],
    ['clip.MP4', 'video'],
    ['song.Mp3', 'audio'],
    ['backup.tar.gz', 'archive'],
    ['backup.TGZ', 'archive'],
    ['main.ts', 'code'],
    ['Report.PDF', 'pdf'],
    ['notes.txt', 'text'],
    ['data.bin', 'other'],
  ] as const)('%s is %s', (name, kind) => {
    expect(kindOf(name)).toBe(kind);
  });

  it('reads a name without an extension, or ending in a dot, as other', () => {
    expect(kindOf('Makefile')).toBe('other');
    expect(kindOf('draft.')).toBe('other');
    expect(kindOf('')).toBe('other');
  });

  it('takes a leading dot as part of a hidden name, not an extension', () => {
    expect(kindOf('.gitignore')).toBe('other');
    expect(kindOf('.gz')).toBe('other');
    expect(kindOf('.config.json')).toBe('code');
  });

  it('reads a key ending in "/" as a folder, even with a dot in it', () => {
    expect(kindOf('photos/')).toBe('folder');
    expect(kindOf('v1.2.zip/')).toBe('folder');
  });

  it('looks only at the last segment of a key', () => {
    expect(kindOf('site.v2/README')).toBe('other');
    expect(kindOf('docs.d/.env')).toBe('other');
    expect(kindOf('a/b/c.JPEG')).toBe('image');
  });
});
