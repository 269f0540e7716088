import { describe, expect, it } from 'vitest';
import { treeKeyMove } from './tree-keys.js';
import type { TreeItemState } from './tree-keys.js';

const items: TreeItemState[] = [
  { kind: 'connection', expanded: true },
  { kind: 'bucket', expanded: false },
  { kind: 'bucket', expanded: false },
  { kind: 'connection', expanded: false },
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

  it('opens a closed connection with Right, then descends', () => {
    expect(treeKeyMove('ArrowRight', 3, items)).toEqual({ type: 'expand' });
    expect(treeKeyMove('ArrowRight', 0, items)).toEqual({ type: 'focus', index: 1 });
  });

  it('does nothing on Right for an open connection without buckets', () => {
    const open: TreeItemState[] = [
      { kind: 'connection', expanded: true },
      { kind: 'connection', expanded: false },
    ];
    expect(treeKeyMove('ArrowRight', 0, open)).toBeUndefined();
  });

  it('closes with Left, and climbs from a bucket to its connection', () => {
    expect(treeKeyMove('ArrowLeft', 0, items)).toEqual({ type: 'collapse' });
    expect(treeKeyMove('ArrowLeft', 2, items)).toEqual({ type: 'focus', index: 0 });
    expect(treeKeyMove('ArrowLeft', 3, items)).toBeUndefined();
  });

  it('activates with Enter and Space', () => {
    expect(treeKeyMove('Enter', 1, items)).toEqual({ type: 'activate' });
    expect(treeKeyMove(' ', 1, items)).toEqual({ type: 'activate' });
  });
});
