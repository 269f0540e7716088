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

/**
 * How many blocks the virtualizer is told of for `blocks` needed: at least 64, rounded up to an
 * eighth of the power of two below. It recomputes every block's position when its count
 * changes and keeps 16 bytes a block, so the count grows in steps, like a vector's capacity:
 * a few dozen changes over a million rows, and at most an eighth to spare (doubling kept
 * 131,072 blocks, 2 MiB, for 100,000).
 */
export function virtualBlockCount(blocks: number): number {
  const needed = Math.max(64, Math.ceil(blocks));
  const step = 2 ** (Math.floor(Math.log2(needed)) - 3);
  return Math.ceil(needed / step) * step;
}

export function shouldLoadNextPage(state: PageLoadingState, ahead = LOAD_AHEAD): boolean {
  if (!state.hasNextPage || state.fetching || state.failed || state.filtering) return false;
  return state.lastRendered >= state.rowCount - 1 - ahead;
}

/**
 * What the list says about its order. `whole`: what is shown is the folder's order (every
 * page is here, or the order is the server's, which later pages only extend). `partial`: the
 * loaded rows are sorted among themselves and later pages may land anywhere in them.
 * `loadingAll`: Load all is fetching the rest.
 *
 * A sort never loads the rest by itself: in a folder of a million keys that is a thousand
 * requests and minutes, started by a header click or by the natural name order every folder
 * opens in. The list says plainly that it sorted the loaded part and offers Load all, with
 * the count so far and Stop, so the person chooses that cost knowingly.
 */
export type SortCoverage = 'whole' | 'partial' | 'loadingAll';

export function sortCoverage(state: {
  /** Names ascending in byte order: the order S3 lists in. */
  serverOrder: boolean;
  hasNextPage: boolean;
  loadingAll: boolean;
}): SortCoverage {
  if (state.loadingAll) return 'loadingAll';
  return state.serverOrder || !state.hasNextPage ? 'whole' : 'partial';
}

/** How fetching one more page went. */
export interface PageOutcome {
  hasNextPage: boolean;
  failed: boolean;
}

export type LoadAllEnd = 'done' | 'stopped' | 'failed';

/**
 * Fetches page after page until the folder ends, a page fails or `stopped()` says so (checked
 * before each request; the one under way lands). The server's paging cannot run for ever:
 * core checks every page (a token given before, pages that do not advance) and ends such a
 * listing with ServerMisbehaved, which arrives here as a failed page.
 */
export async function loadAllPages(
  fetchNext: () => Promise<PageOutcome>,
  stopped: () => boolean,
  hasNextPage: boolean,
): Promise<LoadAllEnd> {
  let more = hasNextPage;
  while (more) {
    if (stopped()) return 'stopped';
    const outcome = await fetchNext();
    if (outcome.failed) return 'failed';
    more = outcome.hasNextPage;
  }
  return 'done';
}
