import { AppError } from '../../../shared/contract/envelope.js';
import { MAX_SEARCH_MATCHES } from '../../../shared/domain/search.js';
import type { SearchMatch } from '../../../shared/domain/search.js';
import type { SyncDifference } from '../../../shared/domain/sync.js';

/** What finding kinds find: a search's matches, a compare's differences. */
export type ResultItem = SearchMatch | SyncDifference;

export function isDifference(item: ResultItem): item is SyncDifference {
  return 'difference' in item;
}

/** One page of a task's results, from `cursor` on; `next` is null once the caller has them all so far. */
export interface ResultsPage {
  /** A search's matches. */
  items: SearchMatch[];
  /** A compare's or sync's differences (its `items` stay empty). */
  differences?: SyncDifference[];
  /** Where the next page starts (pass it back as the cursor). */
  next: number;
  count: number;
  capped: boolean;
}

interface Found {
  items: ResultItem[];
  capped: boolean;
}

/** Tasks whose results stay readable; an older task's results are let go (search again). */
const KEPT_RESULT_SETS = 8;

/**
 * What finding tasks found, in memory only: a restart runs the search again from the start,
 * so nothing of it is journaled. Each task keeps at most `cap` results; adding past it marks
 * the set capped and tells the runner to stop.
 */
export class TaskResults {
  /** Insertion order is age: the oldest set is let go first. */
  readonly #sets = new Map<string, Found>();

  constructor(private readonly cap = MAX_SEARCH_MATCHES) {}

  /** A run starts (first, again after a restart, or by Retry): what an earlier run found goes. */
  begin(id: string): void {
    this.#sets.delete(id);
    this.#sets.set(id, { items: [], capped: false });
    for (const old of [...this.#sets.keys()].slice(
      0,
      Math.max(0, this.#sets.size - KEPT_RESULT_SETS),
    ))
      this.#sets.delete(old);
  }

  /** Adds what was found; answers false once the cap is reached (the caller stops looking). */
  add(id: string, found: readonly ResultItem[]): boolean {
    const set = this.#sets.get(id);
    if (set === undefined || set.capped) return false;
    const room = this.cap - set.items.length;
    for (const match of found.slice(0, room)) set.items.push(match);
    // At the cap the task stops, whether or not more would have matched: "stopped at N results".
    set.capped = set.items.length >= this.cap;
    return !set.capped;
  }

  summary(id: string): { count: number; capped: boolean } | null {
    const set = this.#sets.get(id);
    return set === undefined ? null : { count: set.items.length, capped: set.capped };
  }

  page(id: string, cursor: number, limit: number): ResultsPage {
    const set = this.#sets.get(id);
    if (set === undefined)
      throw new AppError(
        'TaskNotFound',
        `No results are kept for the task ${id}: it is not a search, or newer searches replaced it. Search again.`,
      );
    const slice = set.items.slice(cursor, cursor + limit);
    const page = { next: cursor + slice.length, count: set.items.length, capped: set.capped };
    const differences = slice.filter(isDifference);
    const items = slice.filter((item): item is SearchMatch => !isDifference(item));
    return differences.length === 0 ? { ...page, items } : { ...page, items, differences };
  }

  forget(id: string): void {
    this.#sets.delete(id);
  }
}
