import { defaultRangeExtractor, useVirtualizer } from '@tanstack/react-virtual';
import type { Range } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { CSSProperties, MouseEvent, ReactNode } from 'react';
import { gridTemplate } from './column-layout.js';
import { setColumnSettings, useColumnSettings } from './column-settings.js';
import { GridHeader } from './grid-header.js';
import { FolderRowView, ObjectRowView, ROW_HEIGHT } from './grid-row.js';
import type { GridRow, ListingView } from './listing-view.js';
import { objectMessages as m } from './messages.js';
import { shouldLoadNextPage, virtualBlockCount } from './page-loading.js';
import type { PageLoadingState } from './page-loading.js';
import { clickRow, NO_MODIFIERS } from './selection-model.js';
import type { SelectionState } from './selection-model.js';
import type { ObjectSelection } from './selection.js';
import type { SortColumn, SortState } from './sort-state.js';
import { TypeAhead } from './type-ahead.js';
import { gridKeyHandler } from './use-grid-keys.js';

/**
 * Rows are virtualized in blocks of this many. The virtualizer keeps a
 * position per item and recomputes them all whenever the count changes; per
 * row that is 20 bytes and a full pass each time a page lands, which at a
 * million rows is 20 MB and long tasks. Per block it is a tenth of that, and
 * fixed-height rows inside a block are placed by arithmetic.
 */
const BLOCK = 10;
const OVERSCAN_BLOCKS = 2;

export interface Paging extends Omit<PageLoadingState, 'lastRendered' | 'rowCount'> {
  fetchNextPage: () => void;
}

interface ObjectsGridProps {
  view: ListingView;
  profileId: string;
  bucket: string;
  sort: SortState;
  onSort: (column: SortColumn) => void;
  /** aria-rowcount: every row including the header, or -1 while more pages exist. */
  ariaRowCount: number;
  selection: SelectionState;
  onSelection: (next: SelectionState) => void;
  paging: Paging;
  /** Take focus on mount, when the user got here by opening a folder. */
  focusFirstRow: boolean;
  /** Focus the active row on mount, scrolled into view, wherever the focus is (going up). */
  focusActiveRow?: boolean;
  onOpenFolder: (prefix: string) => void;
  onDelete?: ((selection: ObjectSelection) => void) | undefined;
  onRename?: ((row: GridRow) => void) | undefined;
  onRowMenu?: ((at: { x: number; y: number }) => void) | undefined;
}

export function ObjectsGrid(props: ObjectsGridProps) {
  const { view, selection, onSelection, paging } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const headRef = useRef<HTMLDivElement>(null);
  const columns = useColumnSettings();
  const layout = useMemo(() => {
    const { columns: tracks, minWidth } = gridTemplate(columns);
    return { '--ol-columns': tracks, '--ol-min-width': `${minWidth}px` } as CSSProperties;
  }, [columns]);
  const pendingFocus = useRef<{ index: number; onlyIfLost: boolean } | null>(null);
  // The row element holding the focus: a list update that removes it hands the focus on.
  const focusedRow = useRef<HTMLElement | null>(null);
  // The virtualizer redoes every block position when its count changes, so the count grows
  // in steps rather than a page at a time; blocks past the rows render nothing, and the
  // body's height ends the scroll.
  const blocks = virtualBlockCount(view.length / BLOCK);
  // Rows may have gone (a narrower filter): the last one takes the focus then.
  const active = Math.min(selection.active, view.length - 1);
  const activeBlock = Math.floor(Math.max(0, active) / BLOCK);

  // The focused row stays rendered when scrolled away, so focus is never dropped to the body.
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (activeBlock < range.count && !indexes.includes(activeBlock)) {
        indexes.push(activeBlock);
        indexes.sort((a, b) => a - b);
      }
      return indexes;
    },
    [activeBlock],
  );
  const virtualizer = useVirtualizer({
    count: blocks,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => BLOCK * ROW_HEIGHT,
    overscan: OVERSCAN_BLOCKS,
    rangeExtractor,
    // Render rows in the very first frame instead of after the scroller is measured.
    initialRect: { width: 0, height: window.innerHeight },
  });

  const visibleEnd = virtualizer.range?.endIndex ?? -1;
  const lastRendered = Math.min(view.length, (visibleEnd + 1 + OVERSCAN_BLOCKS) * BLOCK) - 1;
  const loadMore = shouldLoadNextPage({ ...paging, lastRendered, rowCount: view.length });
  const { fetchNextPage } = paging;
  useEffect(() => {
    if (loadMore) fetchNextPage();
  }, [loadMore, fetchNextPage]);

  const [focusOnMount] = useState(() =>
    props.focusActiveRow === true
      ? { index: Math.max(0, active), onlyIfLost: false }
      : props.focusFirstRow
        ? { index: 0, onlyIfLost: true }
        : null,
  );
  useLayoutEffect(() => {
    // Rows render once the scroller is measured, so focus is asked for here and given below.
    if (focusOnMount === null) return;
    pendingFocus.current = focusOnMount;
    const scroller = scrollRef.current;
    if (scroller !== null) scrollToShow(scroller, focusOnMount.index);
  }, [focusOnMount]);
  const [typeAhead] = useState(() => new TypeAhead());

  // A page landing in a sorted list can put rows above the ones on screen (natural order puts
  // "n2" before "n10"): the top row stays where it was instead of the list sliding under it.
  const shownView = useRef(view);
  useLayoutEffect(() => {
    const before = shownView.current;
    shownView.current = view;
    const scroller = scrollRef.current;
    if (scroller === null || before === view || before.generation !== view.generation) return;
    const top = Math.floor(scroller.scrollTop / ROW_HEIGHT);
    if (top <= 0 || top >= before.length) return;
    const moved = view.positionOf(before.refAt(top));
    if (moved > top) scroller.scrollTop += (moved - top) * ROW_HEIGHT;
  }, [view]);

  useLayoutEffect(() => {
    // A refresh after a delete, rename or move replaced the focused row: without this the
    // focus would fall to the page and the keyboard would leave the list.
    const lost = focusedRow.current;
    if (lost !== null && !lost.isConnected) {
      focusedRow.current = null;
      pendingFocus.current ??= { index: Math.max(0, active), onlyIfLost: true };
    }
    const pending = pendingFocus.current;
    if (pending === null) return;
    const focused = document.activeElement;
    // Opening a folder drops focus with the old rows: pick it up, but never steal it.
    if (pending.onlyIfLost && focused !== null && focused !== document.body) {
      pendingFocus.current = null;
      return;
    }
    const row = scrollRef.current?.querySelector<HTMLElement>(`[data-row="${pending.index}"]`);
    if (row === null || row === undefined) return;
    pendingFocus.current = null;
    // The list already scrolled it into view; the browser's own scrolling would fight that.
    row.focus({ preventScroll: true });
  });

  const focusRow = (index: number) => {
    const scroller = scrollRef.current;
    if (scroller === null) return;
    scrollToShow(scroller, index);
    pendingFocus.current = { index, onlyIfLost: false };
  };

  const onKeyDown = gridKeyHandler({
    view,
    selection,
    onSelection,
    focusRow,
    pageRows: () =>
      Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 0) / ROW_HEIGHT) - 1),
    onOpenFolder: props.onOpenFolder,
    onDelete: props.onDelete,
    onRename: props.onRename,
    onRowMenu: props.onRowMenu,
    typeAhead,
  });

  // Stable callbacks, so rows that did not change skip rendering while pages arrive.
  const latest = useRef({
    selection,
    view,
    onSelection,
    onOpenFolder: props.onOpenFolder,
    onRowMenu: props.onRowMenu,
  });
  useLayoutEffect(() => {
    latest.current = {
      selection,
      view,
      onSelection,
      onOpenFolder: props.onOpenFolder,
      onRowMenu: props.onRowMenu,
    };
  });
  const onRowClick = useCallback((event: MouseEvent, index: number) => {
    const current = latest.current;
    const mods = { shift: event.shiftKey, toggle: event.ctrlKey || event.metaKey };
    current.onSelection(clickRow(current.selection, current.view, index, mods));
    // The clicked row's block is now pinned under new keys: give focus back to it.
    pendingFocus.current = { index, onlyIfLost: false };
  }, []);
  const onOpenFolder = useCallback((prefix: string) => latest.current.onOpenFolder(prefix), []);
  // A right click acts on the selection; on a row outside it, that row becomes the selection.
  const onRowMenu = useCallback((event: MouseEvent, index: number) => {
    const current = latest.current;
    if (current.onRowMenu === undefined) return;
    event.preventDefault();
    if (!current.selection.selected.has(current.view.idAt(index))) {
      current.onSelection(clickRow(current.selection, current.view, index, NO_MODIFIERS));
    }
    pendingFocus.current = { index, onlyIfLost: false };
    current.onRowMenu({ x: event.clientX, y: event.clientY });
  }, []);

  // Rows are keyed by slot, index modulo the most rows a screen can render at once: a row
  // scrolling out hands its element to the one scrolling in, and a long jump reuses them all,
  // so scrolling updates text and attributes instead of building elements.
  const screen = virtualizer.scrollRect?.height ?? window.innerHeight;
  const slots = (Math.ceil(screen / (BLOCK * ROW_HEIGHT)) + 1 + 2 * OVERSCAN_BLOCKS) * BLOCK;
  const rows: ReactNode[] = [];
  for (const block of virtualizer.getVirtualItems()) {
    const end = Math.min(view.length, (block.index + 1) * BLOCK);
    for (let index = block.index * BLOCK; index < end; index++) {
      const row = view.rowAt(index);
      const common = {
        selected: selection.selected.has(row.id),
        active: index === active,
        onRowClick,
        onOpenFolder,
        onRowMenu,
      };
      // The focused row's block keeps its own keys, so its elements (and focus) survive scrolling.
      const key = block.index === activeBlock ? `a${index}` : `s${index % slots}`;
      rows.push(
        row.kind === 'folder' ? (
          <FolderRowView
            columns={columns.visible}
            key={key}
            row={row}
            profileId={props.profileId}
            bucket={props.bucket}
            {...common}
          />
        ) : (
          <ObjectRowView key={key} row={row} columns={columns.visible} {...common} />
        ),
      );
    }
  }

  return (
    <div
      role="grid"
      aria-label={m.gridLabel}
      aria-rowcount={props.ariaRowCount}
      aria-multiselectable="true"
      className={view.length === 0 ? 'ol-grid ol-grid-empty' : 'ol-grid'}
      style={layout}
      data-focus-home
      onKeyDown={onKeyDown}
      onFocus={(event) => {
        if (event.target.getAttribute('role') === 'row') focusedRow.current = event.target;
      }}
      onBlur={(event) => {
        // Focus moved on by choice (a removed element blurs with no related target).
        if (event.relatedTarget !== null) focusedRow.current = null;
      }}
    >
      <GridHeader
        ref={headRef}
        sort={props.sort}
        onSort={props.onSort}
        columns={columns}
        onColumns={setColumnSettings}
        onScroll={(left) => {
          if (scrollRef.current !== null) scrollRef.current.scrollLeft = left;
        }}
      />
      <div
        ref={scrollRef}
        className="ol-scroller"
        onScroll={(event) => {
          // Columns wider than the window scroll sideways, the header with them.
          if (headRef.current !== null) headRef.current.scrollLeft = event.currentTarget.scrollLeft;
        }}
      >
        <div role="rowgroup" className="ol-body" style={{ height: view.length * ROW_HEIGHT }}>
          {rows}
        </div>
      </div>
    </div>
  );
}

/** Scrolls the least that brings row `index` fully into view. */
function scrollToShow(scroller: HTMLElement, index: number): void {
  const top = index * ROW_HEIGHT;
  if (top < scroller.scrollTop) scroller.scrollTop = top;
  else if (top + ROW_HEIGHT > scroller.scrollTop + scroller.clientHeight) {
    scroller.scrollTop = top + ROW_HEIGHT - scroller.clientHeight;
  }
}
