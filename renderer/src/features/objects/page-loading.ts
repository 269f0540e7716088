/** Rows still to scroll through when the next page is asked for: a few screens, about one round trip. */
export const LOAD_AHEAD = 300;

export interface PageLoadingState {
  /** Index of the last row the list renders (overscan included); -1 when none. */
  lastRendered: number;
  /** Rows in the view. */
  rowCount: number;
  hasNextPage: boolean;
  fetching: boolean;
  /** The last attempt to load a page failed: wait for Retry rather than loop. */
  failed: boolean;
  /**
   * A filter narrows loaded rows only. Paging on while it matches little would pull a
   * million-row folder in behind it; Enter searches the server instead.
   */
  filtering: boolean;
}

export function shouldLoadNextPage(state: PageLoadingState, ahead = LOAD_AHEAD): boolean {
  if (!state.hasNextPage || state.fetching || state.failed || state.filtering) return false;
  return state.lastRendered >= state.rowCount - 1 - ahead;
}
