import { describe, expect, it } from 'vitest';
import { normalizeFolder, planTransfer } from './destinations.js';

describe('normalizeFolder', () => {
  it('turns a typed path into a folder prefix; empty is the top of the bucket', () => {
    expect(normalizeFolder('')).toEqual({ folder: '' });
    expect(normalizeFolder('  / ')).toEqual({ folder: '' });
    expect(normalizeFolder('photos/2024')).toEqual({ folder: 'photos/2024/' });
    expect(normalizeFolder('/photos/2024/')).toEqual({ folder: 'photos/2024/' });
  });

  it('refuses empty and dot parts rather than guessing', () => {
    expect(normalizeFolder('a//b')).toEqual({ problem: 'emptyPart' });
    expect(normalizeFolder('a/../b')).toEqual({ problem: 'dotPart' });
  });
});

describe('planTransfer', () => {
  it('moves a folder into another by its own name: a/b/ into c/ gives c/b/', () => {
    const plan = planTransfer({ keys: ['a/x.txt'], prefixes: ['a/b/'] }, 'bkt', {
      bucket: 'bkt',
      folder: 'c/',
    });
    expect(plan.problems).toEqual([]);
    expect(plan.items).toEqual([
      { kind: 'folder', source: 'a/b/', target: 'c/b/' },
      { kind: 'object', source: 'a/x.txt', target: 'c/x.txt' },
    ]);
  });

  it('copies to the same folder of another bucket', () => {
    const plan = planTransfer({ keys: ['a/x.txt'], prefixes: [] }, 'one', {
      bucket: 'two',
      folder: 'a/',
    });
    expect(plan).toEqual({
      items: [{ kind: 'object', source: 'a/x.txt', target: 'a/x.txt' }],
      problems: [],
    });
  });

  it('names items that would stay where they are or go inside themselves', () => {
    const plan = planTransfer({ keys: ['a/x.txt'], prefixes: ['a/b/'] }, 'bkt', {
      bucket: 'bkt',
      folder: 'a/b/c/',
    });
    expect(plan.problems).toEqual([{ kind: 'intoItself', name: 'b/' }]);
    expect(plan.items).toEqual([{ kind: 'object', source: 'a/x.txt', target: 'a/b/c/x.txt' }]);
    const same = planTransfer({ keys: ['a/x.txt'], prefixes: [] }, 'bkt', {
      bucket: 'bkt',
      folder: 'a/',
    });
    expect(same.problems).toEqual([{ kind: 'sameLocation', name: 'x.txt' }]);
  });
});
