import type { CompactPage } from './compact-page.js';
import type { StoreSnapshot } from './listing-store.js';
import { ListingView } from './listing-view.js';
import type { NameCollator } from './name-order.js';
import { matchNames } from './name-match.js';
import { NaturalNames } from './natural-names.js';
import type { SortColumn, SortState } from './sort-state.js';
import { SortedIndices } from './sorted-indices.js';
import type { IndexCompare } from './sorted-indices.js';

/** Server order: global object indices ascending. */
const serverIndexOrder: IndexCompare = (a, b) => a - b;

/**
 * Keeps one filtered and sorted view up to date as pages arrive, touching only
 * the new pages: a million rows must not be re-sorted each time 1,000 land.
 * Descending orders read the ascending one backwards.
 */
export class ViewDeriver {
  private epoch = -1;
  private collator: NameCollator | null = null;
  private needle = '';
  private column: SortColumn = 'name';
  private pagesSeen = 0;
  private generation = 0;
  /** Matching global object indices, ascending by the sort key then by server order. */
  private rows = new SortedIndices();
  /** Sort key by global object index, for merging later pages into `rows`. */
  private keys: Float64Array = new Float64Array(0);
  /** Storage classes seen, sorted: a class's key is its rank here. */
  private classes: (string | null)[] = [];
  private folderCache: { count: number; order: number[] } | null = null;
  /** Natural name order of everything loaded, kept across filters and sorts; null in byte order. */
  private natural: NaturalNames | null = null;

  /** `collator` null sorts names in byte order, the server's. */
  derive(
    snapshot: StoreSnapshot,
    filter: string,
    sort: SortState,
    collator: NameCollator | null = null,
  ): ListingView {
    const needle = filter.trim().toLowerCase();
    if (snapshot.epoch !== this.epoch || collator !== this.collator) {
      this.epoch = snapshot.epoch;
      this.collator = collator;
      this.natural = collator === null ? null : new NaturalNames(collator);
      this.restart(needle, sort.column);
    } else if (
      needle !== this.needle ||
      sort.column !== this.column ||
      snapshot.pageCount < this.pagesSeen
    ) {
      this.restart(needle, sort.column);
    }
    const descending = sort.direction === 'descending';
    const byName = sort.column === 'name';
    const natural = this.natural;
    natural?.updateFolders(snapshot);
    if (byName) natural?.updateObjects(snapshot);
    const serverOrder = needle === '' && byName && natural === null;
    // Unfiltered by name in natural order is the natural order itself.
    const wholeNatural = needle === '' && byName && natural !== null;
    if (!serverOrder && !wholeNatural) this.extend(snapshot);
    const objects = wholeNatural ? natural.objects : serverOrder ? null : this.rows;
    const folders = this.folders(snapshot);
    return new ListingView(snapshot, {
      generation: this.generation,
      folderOrder: folders?.order ?? null,
      folderLength: folders?.length ?? 0,
      // Folders have only names, so only a name sort reorders them.
      foldersReversed: descending && byName,
      objectOrder: objects?.order ?? null,
      objectLength: objects?.length ?? snapshot.objectCount,
      objectsReversed: descending,
      objectCompare:
        objects === null
          ? null
          : byName
            ? (natural?.objectCompare(snapshot) ?? serverIndexOrder)
            : this.byKey(),
    });
  }

  private restart(needle: string, column: SortColumn): void {
    this.generation += 1;
    this.needle = needle;
    this.column = column;
    this.pagesSeen = 0;
    this.rows = new SortedIndices();
    this.keys = new Float64Array(0);
    this.classes = [];
    this.folderCache = null;
  }

  /** Folders as shown; `order` null (or no result) means all of them in server order. */
  private folders(
    snapshot: StoreSnapshot,
  ): { order: ArrayLike<number> | null; length: number } | null {
    const natural = this.natural;
    if (this.needle === '') return natural?.folders ?? null;
    const cached = this.folderCache;
    if (cached?.count === snapshot.folderCount)
      return { order: cached.order, length: cached.order.length };
    const matches = (i: number) => snapshot.folders[i]!.toLowerCase().includes(this.needle);
    let order: number[];
    if (natural === null) {
      order = cached?.order.slice() ?? [];
      for (let i = cached?.count ?? 0; i < snapshot.folderCount; i++) if (matches(i)) order.push(i);
    } else {
      // New folders may land anywhere in natural order: walk it again (no comparisons).
      order = [];
      for (let k = 0; k < natural.folders.length; k++) {
        const i = natural.folders.at(k);
        if (matches(i)) order.push(i);
      }
    }
    this.folderCache = { count: snapshot.folderCount, order };
    return { order, length: order.length };
  }

  private extend(snapshot: StoreSnapshot): void {
    if (this.column === 'storageClass' && this.learnClasses(snapshot)) {
      // A new class shifts every rank: start this view over (rare, and still one sort).
      this.pagesSeen = 0;
      this.rows = new SortedIndices();
    }
    const natural = this.column === 'name' ? this.natural : null;
    if (natural !== null && this.pagesSeen === 0) {
      this.pagesSeen = this.filterNatural(snapshot, natural);
    }
    const byName = natural?.objectCompare(snapshot);
    for (let p = this.pagesSeen; p < snapshot.pageCount; p++) {
      const page = snapshot.pages[p]!;
      const start = snapshot.starts[p]!;
      const matches = matchNames(page.names, page.ends, page.count, this.needle);
      for (let m = 0; m < matches.length; m++) matches[m] = matches[m]! + start;
      if (byName !== undefined) this.rows.insert(matches, byName);
      else if (this.column === 'name') this.rows.append(matches);
      else {
        this.learnKeys(page, start);
        this.rows.insert(matches, this.byKey());
      }
    }
    this.pagesSeen = snapshot.pageCount;
  }

  /** The filter's matches among the pages natural order holds, in its order; the pages used. */
  private filterNatural(snapshot: StoreSnapshot, natural: NaturalNames): number {
    const matched = new Uint8Array(snapshot.objectCount);
    for (let p = 0; p < snapshot.pageCount; p++) {
      const page = snapshot.pages[p]!;
      const start = snapshot.starts[p]!;
      for (const m of matchNames(page.names, page.ends, page.count, this.needle)) {
        matched[start + m] = 1;
      }
    }
    const order: number[] = [];
    for (let k = 0; k < natural.objects.length; k++) {
      const i = natural.objects.at(k);
      if (matched[i] === 1) order.push(i);
    }
    this.rows.append(order);
    return snapshot.pageCount;
  }

  private byKey(): IndexCompare {
    // Keys only grow within a generation; a later page may replace the array, not the values.
    const keys = this.keys;
    return (a, b) => keys[a]! - keys[b]! || a - b;
  }

  private learnKeys(page: CompactPage, start: number): void {
    if (this.keys.length < start + page.count) {
      const grown = new Float64Array(Math.max(start + page.count, this.keys.length * 2, 1024));
      grown.set(this.keys);
      this.keys = grown;
    }
    const ranks = page.classes.map((c) => this.classes.indexOf(c));
    for (let o = 0; o < page.count; o++) this.keys[start + o] = this.keyOf(page, o, ranks);
  }

  private keyOf(page: CompactPage, offset: number, ranks: readonly number[]): number {
    switch (this.column) {
      case 'size':
        return page.sizes[offset]!;
      case 'modified':
        return page.modified[offset]!;
      default:
        return ranks[page.classIndex[offset]!] ?? -1;
    }
  }

  /** Adds unseen storage classes; true when the ranks changed. */
  private learnClasses(snapshot: StoreSnapshot): boolean {
    const known = new Set(this.classes);
    let learned = false;
    for (let p = this.pagesSeen; p < snapshot.pageCount; p++) {
      for (const c of snapshot.pages[p]!.classes) {
        if (known.has(c)) continue;
        known.add(c);
        learned = true;
      }
    }
    if (!learned) return false;
    // No class (null) first, then by name.
    this.classes = [...known].sort((a, b) =>
      a === b ? 0 : a === null ? -1 : b === null ? 1 : a < b ? -1 : 1,
    );
    // Ranks only need redoing for pages already sorted.
    return this.pagesSeen > 0;
  }
}
