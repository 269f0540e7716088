import { objectMessages as m } from './messages.js';
import type { SortColumn, SortState } from './sort-state.js';

const COLUMNS: readonly SortColumn[] = ['name', 'size', 'modified', 'storageClass'];

interface GridHeaderProps {
  sort: SortState;
  onSort: (column: SortColumn) => void;
}

export function GridHeader({ sort, onSort }: GridHeaderProps) {
  return (
    <div role="rowgroup" className="ol-head">
      <div role="row" aria-rowindex={1} className="ol-cols">
        {COLUMNS.map((column) => {
          const sorted = sort.column === column;
          return (
            <div
              key={column}
              role="columnheader"
              // Only the sorted column carries aria-sort, as the ARIA grid pattern asks.
              aria-sort={sorted ? sort.direction : undefined}
              className={`ol-cell ol-col-${column}`}
            >
              <button type="button" className="ol-sort" onClick={() => onSort(column)}>
                {m.columns[column]}
                <span className="ol-sort-mark" aria-hidden="true">
                  {sorted ? (sort.direction === 'ascending' ? '▲' : '▼') : ''}
                </span>
              </button>
            </div>
          );
        })}
      </div>
    </div>
  );
}
