export type SortColumn = 'name' | 'size' | 'modified' | 'storageClass';
export type SortDirection = 'ascending' | 'descending';

export interface SortState {
  column: SortColumn;
  direction: SortDirection;
}

/** Names ascending is the order S3 lists in, so it costs nothing to keep. */
export const SERVER_ORDER: SortState = { column: 'name', direction: 'ascending' };

/** A header click: another column starts ascending, the same column flips. */
export function nextSort(current: SortState, column: SortColumn): SortState {
  if (current.column !== column) return { column, direction: 'ascending' };
  return {
    column,
    direction: current.direction === 'ascending' ? 'descending' : 'ascending',
  };
}
