/** A total order on row indices: never 0 for two different indices. */
export type IndexCompare = (a: number, b: number) => number;

/**
 * Row indices kept in a sorted order while batches of rows arrive. Adding a batch of m rows
 * to n costs about m·log m + m·log n comparisons (sort the batch, binary-search each row's
 * place), never a re-sort of the n: a million-row folder arrives in a thousand pages and a
 * natural name comparison is slow (ICU), so re-sorting would cost minutes in all.
 *
 * While the order is 0, 1, …, n − 1 (natural order of zero-padded or lower-case names is
 * S3's own), no array is kept: at a million rows that is 4 MiB saved. The first row out of
 * place writes the array, sized to what it holds.
 *
 * Views read `order` up to the length they were given; a merge writes a new array, so an
 * earlier view keeps reading the rows it had.
 */
export class SortedIndices {
  /** Null while the order is 0 … count − 1. */
  private array: Uint32Array | null = null;
  private count = 0;

  /** The held indices in order, valid up to `length`; null when they are 0, 1, …, length − 1. */
  get order(): Uint32Array | null {
    return this.array;
  }

  get length(): number {
    return this.count;
  }

  /** The index at `position` in the order. */
  at(position: number): number {
    return this.array === null ? position : this.array[position]!;
  }

  /** Adds indices already known to come after every held one (server order). */
  append(indices: ArrayLike<number>): void {
    const needed = this.count + indices.length;
    if (this.array === null && continuesIdentity(indices, this.count)) {
      this.count = needed;
      return;
    }
    const array = this.capacity(needed);
    array.set(indices, this.count);
    this.count = needed;
  }

  /** Adds a batch of indices in their place by `compare`; sorts `batch` in place. */
  insert(batch: number[], compare: IndexCompare): void {
    if (batch.length === 0) return;
    batch.sort(compare);
    const n = this.count;
    // Pages of a folder mostly land after what is held (names grow page by page): one
    // comparison tells, and the rows go at the end in place.
    if (n === 0 || compare(this.at(n - 1), batch[0]!) < 0) {
      this.append(batch);
      return;
    }
    const old = this.array ?? identity(n);
    const merged = new Uint32Array(n + batch.length);
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

  /** The array, written out if only implied, with room for `needed` indices. */
  private capacity(needed: number): Uint32Array {
    const held = this.array;
    if (held !== null && held.length >= needed) return held;
    // An eighth to spare rather than double: appends of a page at a time stay amortised
    // (each index copied about eight times in all) and a million rows waste 0.5 MiB, not 4.
    const grown = new Uint32Array(Math.max(needed + (needed >>> 3), 1024));
    if (held === null) for (let i = 0; i < this.count; i++) grown[i] = i;
    else grown.set(held.subarray(0, this.count));
    this.array = grown;
    return grown;
  }
}

function identity(length: number): Uint32Array {
  const array = new Uint32Array(length);
  for (let i = 0; i < length; i++) array[i] = i;
  return array;
}

function continuesIdentity(indices: ArrayLike<number>, from: number): boolean {
  for (let i = 0; i < indices.length; i++) if (indices[i] !== from + i) return false;
  return true;
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
