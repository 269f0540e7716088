import { useState } from 'react';
import type { ReactNode, Ref } from 'react';
import { ColumnChooserButton, ColumnMenu } from './column-chooser.js';
import type { MenuPoint } from '../../ui/menu-placement.js';
import { resetWidth, resizeColumn, toggleColumn } from './column-layout.js';
import type { ColumnId, ColumnSettings } from './column-layout.js';
import { ColumnResizer } from './column-resizer.js';
import './columns.css';
import { objectMessages as m } from './messages.js';
import type { SortColumn, SortState } from './sort-state.js';

const SORTABLE: ReadonlySet<ColumnId> = new Set<SortColumn>([
  'name',
  'size',
  'modified',
  'storageClass',
]);

function isSortable(column: ColumnId): column is SortColumn {
  return SORTABLE.has(column);
}

interface GridHeaderProps {
  sort: SortState;
  onSort: (column: SortColumn) => void;
  columns: ColumnSettings;
  onColumns: (next: ColumnSettings) => void;
  /** The header scrolls sideways with the rows below it. */
  ref?: Ref<HTMLDivElement>;
  /** The header scrolled sideways by itself (focus moved to a header out of view). */
  onScroll?: (scrollLeft: number) => void;
}

export function GridHeader({ sort, onSort, columns, onColumns, ref, onScroll }: GridHeaderProps) {
  const [menuAt, setMenuAt] = useState<MenuPoint | null>(null);
  const shown: readonly ColumnId[] = ['name', ...columns.visible];
  return (
    <div
      ref={ref}
      role="rowgroup"
      className="ol-head"
      onScroll={(event) => onScroll?.(event.currentTarget.scrollLeft)}
    >
      <div
        role="row"
        aria-rowindex={1}
        className="ol-cols"
        onContextMenu={(event) => {
          event.preventDefault();
          setMenuAt({ x: event.clientX, y: event.clientY });
        }}
      >
        {shown.map((column) => {
          const sorted = sort.column === column;
          const label = m.columns[column];
          let title: ReactNode = <span className="ol-col-label">{label}</span>;
          if (isSortable(column)) {
            title = (
              <button type="button" className="ol-sort" onClick={() => onSort(column)}>
                {label}
                <span className="ol-sort-mark" aria-hidden="true">
                  {sorted ? (sort.direction === 'ascending' ? '▲' : '▼') : ''}
                </span>
              </button>
            );
          }
          return (
            <div
              key={column}
              role="columnheader"
              // Named by its title alone: the resize handle inside has a label of its own.
              aria-label={label}
              // Only the sorted column carries aria-sort, as the ARIA grid pattern asks.
              aria-sort={sorted ? sort.direction : undefined}
              className={`ol-cell ol-col-${column}`}
            >
              {title}
              <ColumnResizer
                column={column}
                width={columns.widths[column]}
                onResize={(width) => onColumns(resizeColumn(columns, column, width))}
                onReset={() => onColumns(resetWidth(columns, column))}
              />
            </div>
          );
        })}
        <div role="columnheader" className="ol-cell ol-col-chooser">
          <ColumnChooserButton open={menuAt !== null} onToggle={setMenuAt} />
        </div>
      </div>
      {menuAt !== null && (
        <ColumnMenu
          at={menuAt}
          visible={columns.visible}
          onToggle={(column) => onColumns(toggleColumn(columns, column))}
          onClose={() => setMenuAt(null)}
        />
      )}
    </div>
  );
}
