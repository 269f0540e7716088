/** A total order on row indices: never 0 for two different indices. */
export type IndexCompare = (a: number, b: number) => number;

/**
 * Row indices kept in a sorted order while batches of rows arrive. Adding a batch of m rows
 * to n costs about m·log m + m·log n comparisons (sort the batch, binary-search each row's
 * place), never a re-sort of the n: a million-row folder arrives in a thousand pages and a
 * natural name comparison is slow (ICU), so re-sorting would cost minutes in all.
 *
 * Views read `order` up to the length they were given; a merge writes a new array, so an
 * earlier view keeps reading the rows it had.
 */
export class SortedIndices {
  private array: Uint32Array = new Uint32Array(0);
  private count = 0;

  get order(): Uint32Array {
    return this.array;
  }

  get length(): number {
    return this.count;
  }

  /** Adds indices already known to come after every held one (server order). */
  append(indices: ArrayLike<number>): void {
    const needed = this.count + indices.length;
    if (needed > this.array.length) {
      const grown = new Uint32Array(Math.max(needed, this.array.length * 2, 1024));
      grown.set(this.array.subarray(0, this.count));
      this.array = grown;
    }
    this.array.set(indices, this.count);
    this.count = needed;
  }

  /** Adds a batch of indices in their place by `compare`; sorts `batch` in place. */
  insert(batch: number[], compare: IndexCompare): void {
    if (batch.length === 0) return;
    batch.sort(compare);
    const old = this.array;
    const n = this.count;
    // Pages of a folder mostly land after what is held (names grow page by page): one
    // comparison tells, and the rows go at the end in place.
    if (n === 0 || compare(old[n - 1]!, batch[0]!) < 0) {
      this.append(batch);
      return;
    }
    const merged = new Uint32Array(Math.max(n + batch.length, 1024));
    let from = 0;
    let to = 0;
    for (const index of batch) {
      // Each batch row goes after the held rows before it; places only move forwards.
      const place = upperBound(old, from, n, index, compare);
      merged.set(old.subarray(from, place), to);
      to += place - from;
      from = place;
      merged[to++] = index;
    }
    merged.set(old.subarray(from, n), to);
    this.array = merged;
    this.count = n + batch.length;
  }
}

/** The first position in `sorted[lo, hi)` whose row comes after `index`. */
function upperBound(
  sorted: Uint32Array,
  lo: number,
  hi: number,
  index: number,
  compare: IndexCompare,
): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compare(sorted[mid]!, index) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
