import { describe, expect, it } from 'vitest';
import { shouldLoadNextPage } from './page-loading.js';
import type { PageLoadingState } from './page-loading.js';

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
