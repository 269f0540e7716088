import { describe, expect, it } from 'vitest';
import { treeKeyMove, typeAheadIndex } from './tree-keys.js';
import type { TreeItemState } from './tree-keys.js';

// A connection with two buckets, then a closed connection: the sidebar's two levels.
const items: TreeItemState[] = [
  { level: 1, expanded: true },
  { level: 2, expanded: undefined },
  { level: 2, expanded: undefined },
  { level: 1, expanded: false },
];

describe('treeKeyMove', () => {
  it('walks visible items with Up and Down, stopping at the ends', () => {
    expect(treeKeyMove('ArrowDown', 0, items)).toEqual({ type: 'focus', index: 1 });
    expect(treeKeyMove('ArrowUp', 2, items)).toEqual({ type: 'focus', index: 1 });
    expect(treeKeyMove('ArrowDown', 3, items)).toBeUndefined();
    expect(treeKeyMove('ArrowUp', 0, items)).toBeUndefined();
  });

  it('jumps with Home and End', () => {
    expect(treeKeyMove('Home', 2, items)).toEqual({ type: 'focus', index: 0 });
    expect(treeKeyMove('End', 0, items)).toEqual({ type: 'focus', index: 3 });
  });

  it('opens a closed item with Right, then descends', () => {
    expect(treeKeyMove('ArrowRight', 3, items)).toEqual({ type: 'expand' });
    expect(treeKeyMove('ArrowRight', 0, items)).toEqual({ type: 'focus', index: 1 });
  });

  it('does nothing on Right for an open item without children, or a leaf', () => {
    const open: TreeItemState[] = [
      { level: 1, expanded: true },
      { level: 1, expanded: false },
    ];
    expect(treeKeyMove('ArrowRight', 0, open)).toBeUndefined();
    expect(treeKeyMove('ArrowRight', 1, items)).toBeUndefined();
  });

  it('closes with Left, and climbs from a child to its parent', () => {
    expect(treeKeyMove('ArrowLeft', 0, items)).toEqual({ type: 'collapse' });
    expect(treeKeyMove('ArrowLeft', 2, items)).toEqual({ type: 'focus', index: 0 });
    expect(treeKeyMove('ArrowLeft', 3, items)).toBeUndefined();
  });

  it('climbs one level at a time in a deeper tree, past the siblings of the parent', () => {
    const deep: TreeItemState[] = [
      { level: 1, expanded: true },
      { level: 2, expanded: true },
      { level: 3, expanded: false },
      { level: 3, expanded: undefined },
      { level: 2, expanded: true },
      { level: 3, expanded: false },
    ];
    expect(treeKeyMove('ArrowLeft', 3, deep)).toEqual({ type: 'focus', index: 1 });
    expect(treeKeyMove('ArrowLeft', 5, deep)).toEqual({ type: 'focus', index: 4 });
    expect(treeKeyMove('ArrowLeft', 4, deep)).toEqual({ type: 'collapse' });
    expect(treeKeyMove('ArrowRight', 1, deep)).toEqual({ type: 'focus', index: 2 });
    expect(treeKeyMove('ArrowRight', 2, deep)).toEqual({ type: 'expand' });
  });

  it('activates with Enter and Space', () => {
    expect(treeKeyMove('Enter', 1, items)).toEqual({ type: 'activate' });
    expect(treeKeyMove(' ', 1, items)).toEqual({ type: 'activate' });
  });
});

describe('typeAheadIndex', () => {
  const names = ['alpha', 'Beta', 'bravo', null, 'charlie'];

  it('finds the next name starting with a letter, ignoring case, wrapping round', () => {
    expect(typeAheadIndex(names, 0, 'b')).toBe(1);
    expect(typeAheadIndex(names, 1, 'b')).toBe(2);
    expect(typeAheadIndex(names, 2, 'b')).toBe(1);
    expect(typeAheadIndex(names, 4, 'a')).toBe(0);
  });

  it('refines with more letters from the current item, and finds nothing for no match', () => {
    expect(typeAheadIndex(names, 1, 'br')).toBe(2);
    expect(typeAheadIndex(names, 2, 'be')).toBe(1);
    expect(typeAheadIndex(names, 0, 'z')).toBeUndefined();
    expect(typeAheadIndex(names, 0, '')).toBeUndefined();
  });
});
