import type { KeyboardEvent } from 'react';
import { listKeyMove } from '../../lib/list-keys.js';
import type { GridRow, ListingView } from './listing-view.js';
import { NO_MODIFIERS, moveTo, selectAll, toggleActive } from './selection-model.js';
import type { SelectionState } from './selection-model.js';
import { selectionFromIds } from './selection.js';
import type { ObjectSelection } from './selection.js';
import { TypeAhead } from './type-ahead.js';

export interface GridKeyOptions {
  view: ListingView;
  selection: SelectionState;
  onSelection: (next: SelectionState) => void;
  /** Moves keyboard focus to a row, scrolling it into view. */
  focusRow: (index: number) => void;
  /** Rows one screen holds, for PageUp and PageDown. */
  pageRows: () => number;
  onOpenFolder: (prefix: string) => void;
  onDelete?: ((selection: ObjectSelection) => void) | undefined;
  onRename?: ((row: GridRow) => void) | undefined;
  /** Shift+F10 or the context-menu key on a row: a menu under it. */
  onRowMenu?: ((at: { x: number; y: number }) => void) | undefined;
  /** Letters typed on a row select the next row whose name starts with them. */
  typeAhead: TypeAhead;
}

/** Shift+F10 and the context-menu key open a row's menu, as a right click does. */
function isMenuKey(event: KeyboardEvent): boolean {
  return event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey);
}

/** Keys on a focused row. Backspace (up a folder) is the pane's, as it works with no row too. */
export function gridKeyHandler(options: GridKeyOptions) {
  return (event: KeyboardEvent<HTMLElement>): void => {
    const { view, selection, onSelection } = options;
    // Header buttons and anything else inside the grid keep their own keys.
    if (!(event.target instanceof HTMLElement) || event.target.getAttribute('role') !== 'row') {
      return;
    }
    // Alt with an arrow is Back, Forward or Up (the window's), never a move in the list.
    if (event.altKey) return;
    const toggle = event.ctrlKey || event.metaKey;
    if (toggle && event.key.toLowerCase() === 'a') {
      event.preventDefault();
      onSelection(selectAll(selection, view));
      return;
    }
    const active = Math.min(selection.active, view.length - 1);
    const row = active >= 0 ? view.rowAt(active) : undefined;
    if (isMenuKey(event) && options.onRowMenu !== undefined && row !== undefined) {
      event.preventDefault();
      // A menu for nothing selected is a menu for the focused row.
      if (selection.selected.size === 0) {
        onSelection(moveTo(selection, view, active, { shift: false, toggle: false }));
      }
      const rect = event.target.getBoundingClientRect();
      options.onRowMenu({ x: rect.left + 24, y: rect.bottom });
      return;
    }
    // Space belongs to a search under way ("my file"); otherwise it keeps its own meaning.
    if (TypeAhead.isSearchKey(event) && (event.key !== ' ' || options.typeAhead.active)) {
      event.preventDefault();
      const names = { length: view.length, nameAt: (i: number) => view.rowAt(i).name };
      const next = options.typeAhead.type(event.key, names, Math.max(0, active));
      if (next < 0) return;
      onSelection(moveTo(selection, view, next, NO_MODIFIERS));
      options.focusRow(next);
      return;
    }
    switch (event.key) {
      case 'Enter':
        if (row?.kind === 'folder') {
          event.preventDefault();
          options.onOpenFolder(row.prefix);
        }
        return;
      // Delete and F2 belong to the object actions; without them, the keys do nothing here.
      case 'Delete':
        if (options.onDelete !== undefined && selection.selected.size > 0) {
          event.preventDefault();
          options.onDelete(selectionFromIds(selection.selected));
        }
        return;
      case 'F2':
        if (options.onRename !== undefined && row !== undefined) {
          event.preventDefault();
          options.onRename(row);
        }
        return;
      case ' ':
        if (toggle) {
          event.preventDefault();
          onSelection(toggleActive(selection, view));
        }
        return;
      case 'Escape':
        if (selection.selected.size > 0) {
          event.preventDefault();
          onSelection({ ...selection, selected: new Set() });
        }
        return;
    }
    const next = listKeyMove(event.key, active, view.length, options.pageRows());
    if (next === undefined) return;
    event.preventDefault();
    onSelection(moveTo(selection, view, next, { shift: event.shiftKey, toggle }));
    options.focusRow(next);
  };
}
