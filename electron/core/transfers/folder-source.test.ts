import { posix, win32 } from 'node:path';
import { describe, expect, it } from 'vitest';
import { uploadFileKey, uploadFolderPrefix } from './folder-source.js';

describe('upload keys from local paths', () => {
  it('keeps a backslash as part of a POSIX file name', () => {
    expect(uploadFileKey('in/', '/home/me/back\\slash.txt', posix)).toBe('in/back\\slash.txt');
    expect(uploadFolderPrefix('', '/home/me/odd\\folder', posix)).toBe('odd\\folder/');
  });

  it('cuts Windows paths at either separator', () => {
    expect(uploadFileKey('in/', 'C:\\Users\\me\\report.pdf', win32)).toBe('in/report.pdf');
    expect(uploadFileKey('', 'C:/Users/me/report.pdf', win32)).toBe('report.pdf');
    expect(uploadFolderPrefix('x/', 'C:\\Users\\me\\photos', win32)).toBe('x/photos/');
  });

  it('names a root folder "folder"', () => {
    expect(uploadFolderPrefix('', '/', posix)).toBe('folder/');
  });
});
