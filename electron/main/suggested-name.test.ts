import { describe, expect, it } from 'vitest';
import { suggestedFileName } from './suggested-name.js';

describe("suggestedFileName (the save dialog's starting name, from the page)", () => {
  it('keeps a plain name', () => {
    expect(suggestedFileName('report 2024.pdf')).toBe('report 2024.pdf');
    expect(suggestedFileName('报告.txt')).toBe('报告.txt');
  });

  it('never lets the page steer the folder: separators and control characters become "_"', () => {
    expect(suggestedFileName('../../.bashrc')).toBe('.._.._.bashrc');
    expect(suggestedFileName('/etc/passwd')).toBe('_etc_passwd');
    expect(suggestedFileName('C:\\Windows\\x.dll')).toBe('C__Windows_x.dll');
    expect(suggestedFileName('a\u0000b\nc')).toBe('a_b_c');
  });

  it('answers a fallback for no name, dots only, or not a string', () => {
    for (const odd of ['', '   ', '.', '..', undefined, 42, { name: 'x' }])
      expect(suggestedFileName(odd)).toBe('download');
  });

  it('cuts a long name to what file systems hold', () => {
    expect(suggestedFileName('a'.repeat(1000))).toHaveLength(255);
  });
});
