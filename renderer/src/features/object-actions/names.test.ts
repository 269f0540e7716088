import { describe, expect, it } from 'vitest';
import { baseName, editableName, nameProblem, parentOf, stemLength } from './names.js';

const none = new Set<string>();

describe('nameProblem', () => {
  const folder = (name: string, taken = none, current?: string) =>
    nameProblem(name, { parent: 'docs/', folder: true, taken, current });
  const object = (name: string, taken = none, current?: string) =>
    nameProblem(name, { parent: 'docs/', folder: false, taken, current });

  it('accepts an ordinary name, spaces and other scripts included', () => {
    expect(folder('2024 reports')).toBeNull();
    expect(object('报告.pdf')).toBeNull();
  });

  it('refuses an empty or blank name', () => {
    expect(folder('')).toEqual({ kind: 'empty' });
    expect(folder('   ')).toEqual({ kind: 'empty' });
  });

  it('refuses a slash, which would make a folder inside a folder', () => {
    expect(folder('a/b')).toEqual({ kind: 'slash' });
    expect(object('x/')).toEqual({ kind: 'slash' });
  });

  it('refuses "." and ".." and control characters', () => {
    expect(folder('..')).toEqual({ kind: 'dots' });
    expect(object('.')).toEqual({ kind: 'dots' });
    expect(object('a\tb')).toEqual({ kind: 'control' });
  });

  it('refuses a name whose whole key passes 1,024 bytes of UTF-8', () => {
    expect(object('a'.repeat(1019))).toBeNull();
    expect(object('a'.repeat(1020))).toEqual({ kind: 'tooLong' });
    // Three bytes each in UTF-8.
    expect(object('文'.repeat(340))).toEqual({ kind: 'tooLong' });
  });

  it('refuses a folder name already among the loaded folders, but not an object of that name', () => {
    const taken = new Set(['photos/', 'notes']);
    expect(folder('photos', taken)).toEqual({ kind: 'exists', name: 'photos', folder: true });
    expect(folder('notes', taken)).toBeNull();
    expect(object('notes', taken)).toEqual({ kind: 'exists', name: 'notes', folder: false });
  });

  it('asks for a new name when a rename keeps the old one', () => {
    const taken = new Set(['a.txt']);
    expect(object('a.txt', taken, 'a.txt')).toEqual({ kind: 'unchanged' });
    expect(folder('old', new Set(['old/']), 'old/')).toEqual({ kind: 'unchanged' });
  });
});

describe('key parts', () => {
  it('splits keys and folder prefixes into parent and name', () => {
    expect(baseName('a/b/c.txt')).toBe('c.txt');
    expect(baseName('a/b/')).toBe('b/');
    expect(baseName('top.txt')).toBe('top.txt');
    expect(parentOf('a/b/c.txt')).toBe('a/b/');
    expect(parentOf('a/b/')).toBe('a/');
    expect(parentOf('top/')).toBe('');
  });

  it('edits folder names without their slash and selects a file name up to its extension', () => {
    expect(editableName('a/b/')).toBe('b');
    expect(editableName('a/report.pdf')).toBe('report.pdf');
    expect(stemLength('report.final.pdf')).toBe('report.final'.length);
    expect(stemLength('.bashrc')).toBe('.bashrc'.length);
    expect(stemLength('README')).toBe('README'.length);
  });
});
