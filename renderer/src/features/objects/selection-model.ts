/** What the selection model needs of the rows: how many, and a stable id for each. */
export interface RowIds {
  readonly length: number;
  idAt(index: number): string;
}

export interface SelectionState {
  readonly selected: ReadonlySet<string>;
  /** Where a Shift range starts. */
  readonly anchor: number;
  /** The row with keyboard focus. */
  readonly active: number;
}

export interface Modifiers {
  shift: boolean;
  /** Ctrl, or Cmd on macOS. */
  toggle: boolean;
}

export const NO_MODIFIERS: Modifiers = { shift: false, toggle: false };

export const EMPTY_SELECTION: SelectionState = { selected: new Set(), anchor: 0, active: 0 };

function range(rows: RowIds, from: number, to: number, into = new Set<string>()): Set<string> {
  const [lo, hi] = from <= to ? [from, to] : [to, from];
  for (let i = Math.max(0, lo); i <= Math.min(hi, rows.length - 1); i++) into.add(rows.idAt(i));
  return into;
}

/** A click: plain selects the row, Ctrl toggles it, Shift selects from the anchor (Ctrl+Shift adds). */
export function clickRow(
  state: SelectionState,
  rows: RowIds,
  index: number,
  { shift, toggle }: Modifiers,
): SelectionState {
  if (shift) {
    const base = toggle ? new Set(state.selected) : new Set<string>();
    return {
      selected: range(rows, state.anchor, index, base),
      anchor: state.anchor,
      active: index,
    };
  }
  const id = rows.idAt(index);
  if (toggle) {
    const selected = new Set(state.selected);
    if (!selected.delete(id)) selected.add(id);
    return { selected, anchor: index, active: index };
  }
  return { selected: new Set([id]), anchor: index, active: index };
}

/** An arrow key: moves and selects; Shift extends from the anchor; Ctrl moves focus only. */
export function moveTo(
  state: SelectionState,
  rows: RowIds,
  index: number,
  { shift, toggle }: Modifiers,
): SelectionState {
  if (shift) return clickRow(state, rows, index, { shift, toggle });
  if (toggle) return { ...state, active: index };
  return clickRow(state, rows, index, { shift: false, toggle: false });
}

/** Ctrl+Space: toggles the focused row. */
export function toggleActive(state: SelectionState, rows: RowIds): SelectionState {
  if (state.active >= rows.length) return state;
  return clickRow(state, rows, state.active, { shift: false, toggle: true });
}

/** Ctrl+A: every loaded row in the view. */
export function selectAll(state: SelectionState, rows: RowIds): SelectionState {
  return { ...state, selected: range(rows, 0, rows.length - 1) };
}

/** The rows changed under the focus (sorted, filtered): start again at the top, keep the choice. */
export function refocus(state: SelectionState): SelectionState {
  return state.active === 0 && state.anchor === 0 ? state : { ...state, active: 0, anchor: 0 };
}
