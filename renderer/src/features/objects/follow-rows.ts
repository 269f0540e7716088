import type { RowRef } from './listing-view.js';
import type { SelectionState } from './selection-model.js';

/** What following rows needs of a view: which row sits where, and where a row went. */
export interface PlacedRows {
  readonly length: number;
  readonly generation: number;
  refAt(index: number): RowRef;
  positionOf(ref: RowRef): number;
}

/**
 * Pages landed in a sorted view and rows moved (in natural order "file10" lands between
 * "file1" and "file2"): the focused row and the anchor of a Shift range stay on the rows they
 * were on, so the next arrow key or Shift+click starts from the row the person sees marked.
 * Only within one generation: a new sort or filter starts the focus afresh on purpose.
 */
export function followRows(
  state: SelectionState,
  from: PlacedRows,
  to: PlacedRows,
): SelectionState {
  if (from === to || from.generation !== to.generation) return state;
  const follow = (index: number) => {
    if (index < 0 || index >= from.length) return index;
    const moved = to.positionOf(from.refAt(index));
    return moved === -1 ? index : moved;
  };
  const active = follow(state.active);
  const anchor = state.anchor === state.active ? active : follow(state.anchor);
  return active === state.active && anchor === state.anchor ? state : { ...state, active, anchor };
}
