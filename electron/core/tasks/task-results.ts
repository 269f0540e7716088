import { AppError } from '../../../shared/contract/envelope.js';
import { MAX_SEARCH_MATCHES } from '../../../shared/domain/search.js';
import type { SearchMatch } from '../../../shared/domain/search.js';

/** One page of a task's results, from `cursor` on; `next` is null once the caller has them all so far. */
export interface ResultsPage {
  items: SearchMatch[];
  /** Where the next page starts (pass it back as the cursor). */
  next: number;
  count: number;
  capped: boolean;
}

interface Found {
  items: SearchMatch[];
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
  add(id: string, found: readonly SearchMatch[]): boolean {
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
    const items = set.items.slice(cursor, cursor + limit);
    return { items, next: cursor + items.length, count: set.items.length, capped: set.capped };
  }

  forget(id: string): void {
    this.#sets.delete(id);
  }
}
