import { describe, expect, it } from 'vitest';
import {
  EMPTY_SELECTION,
  clickRow,
  moveTo,
  refocus,
  selectAll,
  toggleActive,
} from './selection-model.js';
import type { RowIds, SelectionState } from './selection-model.js';
import { selectionFromIds } from './selection.js';

const rows: RowIds = { length: 6, idAt: (i) => `o:k${i}` };
const none = { shift: false, toggle: false };
const shift = { shift: true, toggle: false };
const ctrl = { shift: false, toggle: true };

function ids(state: SelectionState): string[] {
  return [...state.selected].sort();
}

describe('selection model', () => {
  it('a click selects one row and sets the anchor', () => {
    const s = clickRow(EMPTY_SELECTION, rows, 2, none);
    expect(ids(s)).toEqual(['o:k2']);
    expect([s.anchor, s.active]).toEqual([2, 2]);
  });

  it('Shift-click selects the range from the anchor, either way', () => {
    const a = clickRow(EMPTY_SELECTION, rows, 3, none);
    expect(ids(clickRow(a, rows, 1, shift))).toEqual(['o:k1', 'o:k2', 'o:k3']);
    expect(ids(clickRow(a, rows, 5, shift))).toEqual(['o:k3', 'o:k4', 'o:k5']);
  });

  it('Ctrl-click toggles without touching the rest; Ctrl+Shift adds a range', () => {
    let s = clickRow(EMPTY_SELECTION, rows, 0, none);
    s = clickRow(s, rows, 4, ctrl);
    expect(ids(s)).toEqual(['o:k0', 'o:k4']);
    s = clickRow(s, rows, 0, ctrl);
    expect(ids(s)).toEqual(['o:k4']);
    s = clickRow(s, rows, 2, ctrl);
    s = clickRow(s, rows, 1, { shift: true, toggle: true });
    expect(ids(s)).toEqual(['o:k1', 'o:k2', 'o:k4']);
  });

  it('arrows move the selection; Shift+arrows grow it; Ctrl+arrows move focus only', () => {
    let s = moveTo(EMPTY_SELECTION, rows, 1, none);
    expect(ids(s)).toEqual(['o:k1']);
    s = moveTo(s, rows, 2, shift);
    s = moveTo(s, rows, 3, shift);
    expect(ids(s)).toEqual(['o:k1', 'o:k2', 'o:k3']);
    s = moveTo(s, rows, 2, shift);
    expect(ids(s)).toEqual(['o:k1', 'o:k2']);
    s = moveTo(s, rows, 5, ctrl);
    expect(ids(s)).toEqual(['o:k1', 'o:k2']);
    expect(s.active).toBe(5);
    s = toggleActive(s, rows);
    expect(ids(s)).toEqual(['o:k1', 'o:k2', 'o:k5']);
  });

  it('Ctrl+A selects every row; refocus keeps the choice', () => {
    const s = selectAll(moveTo(EMPTY_SELECTION, rows, 3, none), rows);
    expect(s.selected.size).toBe(6);
    const r = refocus(s);
    expect([r.active, r.anchor, r.selected.size]).toEqual([0, 0, 6]);
  });

  it('exports keys and prefixes from row ids', () => {
    expect(selectionFromIds(['f:docs/', 'o:docs/a.txt', 'o:b'])).toEqual({
      keys: ['docs/a.txt', 'b'],
      prefixes: ['docs/'],
    });
  });
});
