import { describe, expect, it } from 'vitest';
import type { SearchMatch } from '../../../shared/domain/search.js';
import { TaskResults } from './task-results.js';

const match = (key: string): SearchMatch => ({
  key,
  size: 1,
  lastModified: null,
  storageClass: 'STANDARD',
  etag: '"e"',
});
const matches = (n: number, from = 0) => Array.from({ length: n }, (_, i) => match(`k${from + i}`));

describe('task results', () => {
  it('keeps results up to the cap, then says capped and tells the runner to stop', () => {
    const results = new TaskResults(5);
    results.begin('t1');
    expect(results.add('t1', matches(3))).toBe(true);
    expect(results.add('t1', matches(4, 3))).toBe(false);
    expect(results.summary('t1')).toEqual({ count: 5, capped: true });
    expect(results.add('t1', matches(1, 9))).toBe(false);
    expect(results.page('t1', 3, 10).items.map((m) => m.key)).toEqual(['k3', 'k4']);
  });

  it('pages from a cursor, and a new run starts from nothing', () => {
    const results = new TaskResults(100);
    results.begin('t1');
    results.add('t1', matches(25));
    expect(results.page('t1', 0, 10)).toMatchObject({ next: 10, count: 25, capped: false });
    expect(results.page('t1', 20, 10).items).toHaveLength(5);
    results.begin('t1');
    expect(results.page('t1', 0, 10)).toMatchObject({ items: [], next: 0, count: 0 });
  });

  it('lets the oldest sets go, and a page of one let go names why', () => {
    const results = new TaskResults(10);
    for (let i = 0; i < 9; i++) results.begin(`t${i}`);
    expect(results.summary('t0')).toBeNull();
    expect(() => results.page('t0', 0, 1)).toThrow(/No results are kept for the task t0/);
    expect(results.summary('t8')).toEqual({ count: 0, capped: false });
  });
});
