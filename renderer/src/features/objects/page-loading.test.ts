import { describe, expect, it } from 'vitest';
import {
  loadAllPages,
  shouldLoadNextPage,
  sortCoverage,
  virtualBlockCount,
} from './page-loading.js';
import type { PageLoadingState, PageOutcome } from './page-loading.js';

const base: PageLoadingState = {
  lastRendered: 40,
  rowCount: 1000,
  hasNextPage: true,
  fetching: false,
  failed: false,
  filtering: false,
};

describe('shouldLoadNextPage', () => {
  it('waits while the rendered rows are far from the end', () => {
    expect(shouldLoadNextPage(base)).toBe(false);
  });

  it('asks once the last rendered rows come within reach of the end', () => {
    expect(shouldLoadNextPage({ ...base, lastRendered: 699 })).toBe(true);
    expect(shouldLoadNextPage({ ...base, lastRendered: 698 })).toBe(false);
  });

  it('keeps going through pages that brought no rows', () => {
    expect(shouldLoadNextPage({ ...base, lastRendered: -1, rowCount: 0 })).toBe(true);
  });

  it('does not ask twice, after the end, after a failure or under a filter', () => {
    const near = { ...base, lastRendered: 999 };
    expect(shouldLoadNextPage({ ...near, fetching: true })).toBe(false);
    expect(shouldLoadNextPage({ ...near, hasNextPage: false })).toBe(false);
    expect(shouldLoadNextPage({ ...near, failed: true })).toBe(false);
    expect(shouldLoadNextPage({ ...near, filtering: true })).toBe(false);
  });
});

describe('sortCoverage', () => {
  it('says a sort of the loaded part is partial while more pages exist', () => {
    const partial = { serverOrder: false, hasNextPage: true, loadingAll: false };
    expect(sortCoverage(partial)).toBe('partial');
    expect(sortCoverage({ ...partial, hasNextPage: false })).toBe('whole');
    // Server order only grows at the end as pages land: it is the folder's order already.
    expect(sortCoverage({ ...partial, serverOrder: true })).toBe('whole');
    expect(sortCoverage({ ...partial, loadingAll: true })).toBe('loadingAll');
  });
});

/** A folder of `pages` pages, fetched one at a time; `failAt` fails that fetch. */
function folder(pages: number, failAt = -1) {
  let fetched = 1;
  return {
    get fetched() {
      return fetched;
    },
    fetchNext: (): Promise<PageOutcome> => {
      fetched++;
      return Promise.resolve({ hasNextPage: fetched < pages, failed: fetched === failAt });
    },
  };
}

describe('loadAllPages', () => {
  it('fetches every remaining page, then ends', async () => {
    const f = folder(5);
    await expect(loadAllPages(f.fetchNext, () => false, true)).resolves.toBe('done');
    expect(f.fetched).toBe(5);
  });

  it('asks for nothing when the folder is complete', async () => {
    const f = folder(1);
    await expect(loadAllPages(f.fetchNext, () => false, false)).resolves.toBe('done');
    expect(f.fetched).toBe(1);
  });

  it('stops before the next request once told to', async () => {
    const f = folder(100);
    const end = await loadAllPages(f.fetchNext, () => f.fetched >= 3, true);
    expect([end, f.fetched]).toEqual(['stopped', 3]);
  });

  it('ends at a failed page rather than asking again', async () => {
    const f = folder(100, 4);
    await expect(loadAllPages(f.fetchNext, () => false, true)).resolves.toBe('failed');
    expect(f.fetched).toBe(4);
  });
});

describe('virtualBlockCount', () => {
  it('covers the rows with at most an eighth to spare, in few steps', () => {
    const counts = new Set<number>();
    for (let blocks = 0; blocks <= 100_000; blocks += 100) {
      const count = virtualBlockCount(blocks);
      expect(count).toBeGreaterThanOrEqual(Math.max(64, blocks));
      expect(count).toBeLessThanOrEqual(Math.max(64, blocks * 1.125));
      counts.add(count);
    }
    // A million rows in blocks of ten: 106,496 blocks (1.6 MiB of positions), not 131,072.
    expect(virtualBlockCount(100_000)).toBe(106_496);
    // The virtualizer redoes every position on each change: a few dozen over the whole folder.
    expect(counts.size).toBeLessThan(100);
    expect(virtualBlockCount(99.9)).toBe(104);
  });
});
