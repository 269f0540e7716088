import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';
import { formatDate } from '../../lib/format-date.js';
import { formatSize } from '../../lib/format-size.js';
import { ROW_HEIGHT } from '../objects/grid-row.js';
import { shouldLoadNextPage, virtualBlockCount } from '../objects/page-loading.js';
import type { PageLoadingState } from '../objects/page-loading.js';
import { versionMessages as m } from './messages.js';
import type { VersionListRow, VersionRows } from './version-rows.js';

/** Rows are virtualized in blocks, as in the object list: positions per block, not per row. */
const BLOCK = 10;
const OVERSCAN_BLOCKS = 2;

export type VersionsPaging = Omit<PageLoadingState, 'lastRendered' | 'rowCount'> & {
  fetchNextPage: () => void;
};

interface VersionsGridProps {
  rows: VersionRows;
  /** Changes whenever `rows` gained rows (the instance stays the same). */
  revision: number;
  active: number;
  onActive: (index: number) => void;
  onOpenFolder: (prefix: string) => void;
  paging: VersionsPaging;
}

function stateOf(row: Extract<VersionListRow, { kind: 'version' }>): string {
  const { version } = row;
  if (version.deleteMarker)
    return version.isLatest ? `${m.deleteMarker} · ${m.latest}` : m.deleteMarker;
  return version.isLatest ? m.latest : m.noncurrent;
}

/** The text a row is read out by: enough to tell one version from another. */
export function rowLabel(row: VersionListRow): string {
  if (row.kind === 'folder') return `${row.name} · ${m.folder}`;
  if (row.kind === 'key')
    return `${row.name} · ${row.deleted ? `${m.deletedKey} · ` : ''}${m.versionsOf(row.count)}`;
  return `${row.name} · ${row.version.versionId} · ${stateOf(row)}`;
}

function RowCells({ row }: { row: VersionListRow }) {
  if (row.kind === 'folder')
    return (
      <span role="gridcell" className="vr-name vr-wide">
        {row.name}
      </span>
    );
  if (row.kind === 'key')
    return (
      <span role="gridcell" className="vr-name vr-wide">
        <strong>{row.name}</strong>{' '}
        <span className="vr-muted">
          {row.deleted ? `${m.deletedKey} · ` : ''}
          {m.versionsOf(row.count)}
        </span>
      </span>
    );
  const { version } = row;
  return (
    <>
      {row.standalone ? (
        <span role="gridcell" className="vr-name">
          {row.name} <span className="vr-muted">{version.versionId}</span>
        </span>
      ) : (
        <span role="gridcell" className="vr-name vr-indent">
          {version.versionId}
        </span>
      )}
      <span role="gridcell" className="vr-size">
        {version.deleteMarker ? '—' : formatSize(version.size)}
      </span>
      <span role="gridcell">{formatDate(version.lastModified)}</span>
      <span
        role="gridcell"
        className="vr-state"
        data-state={version.deleteMarker ? 'marker' : version.isLatest ? 'latest' : 'noncurrent'}
      >
        {stateOf(row)}
      </span>
    </>
  );
}

/** The versions as a virtualized grid: one focusable row at a time, ↑ ↓ to move, Enter opens a folder. */
export function VersionsGrid({
  rows,
  revision,
  active,
  onActive,
  onOpenFolder,
  paging,
}: VersionsGridProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: virtualBlockCount(rows.length / BLOCK),
    getScrollElement: () => scrollRef.current,
    estimateSize: () => BLOCK * ROW_HEIGHT,
    overscan: OVERSCAN_BLOCKS,
    initialRect: { width: 0, height: window.innerHeight },
  });
  const visibleEnd = virtualizer.range?.endIndex ?? -1;
  const lastRendered = Math.min(rows.length, (visibleEnd + 1 + OVERSCAN_BLOCKS) * BLOCK) - 1;
  const loadMore = shouldLoadNextPage({ ...paging, lastRendered, rowCount: rows.length });
  const { fetchNextPage } = paging;
  useEffect(() => {
    if (loadMore) fetchNextPage();
  }, [loadMore, fetchNextPage, revision]);

  const focusRow = (index: number) => {
    const clamped = Math.max(0, Math.min(rows.length - 1, index));
    onActive(clamped);
    const scroller = scrollRef.current;
    if (scroller === null) return;
    const top = clamped * ROW_HEIGHT;
    if (top < scroller.scrollTop) scroller.scrollTop = top;
    else if (top + ROW_HEIGHT > scroller.scrollTop + scroller.clientHeight)
      scroller.scrollTop = top + ROW_HEIGHT - scroller.clientHeight;
    requestAnimationFrame(() =>
      scroller.querySelector<HTMLElement>(`[data-index="${clamped}"]`)?.focus(),
    );
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 0) / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = {
      ArrowDown: active + 1,
      ArrowUp: active - 1,
      PageDown: active + page,
      PageUp: active - page,
      Home: 0,
      End: rows.length - 1,
    };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      focusRow(target);
      return;
    }
    const row = rows.at(active);
    if (event.key === 'Enter' && row?.kind === 'folder') {
      event.preventDefault();
      onOpenFolder(row.prefix);
    }
  };

  const rendered: ReactNode[] = [];
  for (const block of virtualizer.getVirtualItems()) {
    const end = Math.min(rows.length, (block.index + 1) * BLOCK);
    for (let index = block.index * BLOCK; index < end; index++) {
      const row = rows.at(index);
      if (row === undefined) continue;
      const selected = index === active;
      rendered.push(
        <div
          key={index}
          role="row"
          data-index={index}
          aria-rowindex={index + 2}
          aria-selected={selected}
          aria-label={rowLabel(row)}
          tabIndex={selected ? 0 : -1}
          className={`ol-row vr-row vr-${row.kind}${selected ? ' ol-row-selected' : ''}`}
          style={{ transform: `translateY(${index * ROW_HEIGHT}px)` }}
          onClick={() => onActive(index)}
          onDoubleClick={() => {
            if (row.kind === 'folder') onOpenFolder(row.prefix);
          }}
        >
          <RowCells row={row} />
        </div>,
      );
    }
  }

  return (
    <div
      role="grid"
      aria-label={m.listLabel}
      aria-rowcount={paging.hasNextPage ? -1 : rows.length + 1}
      className={rows.length === 0 ? 'ol-grid ol-grid-empty' : 'ol-grid'}
      onKeyDown={onKeyDown}
    >
      <div role="row" className="vr-cols vr-head" aria-rowindex={1}>
        <span role="columnheader">{m.columns.version}</span>
        <span role="columnheader">{m.columns.size}</span>
        <span role="columnheader">{m.columns.modified}</span>
        <span role="columnheader">{m.columns.state}</span>
      </div>
      <div ref={scrollRef} className="ol-scroller">
        <div role="rowgroup" className="ol-body" style={{ height: rows.length * ROW_HEIGHT }}>
          {rendered}
        </div>
      </div>
    </div>
  );
}
