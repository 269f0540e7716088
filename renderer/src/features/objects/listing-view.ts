import type { CompactPage } from './compact-page.js';
import type { StoreSnapshot } from './listing-store.js';
import { matchNames } from './name-match.js';
import type { SortColumn, SortState } from './sort-state.js';

export interface FolderGridRow {
  kind: 'folder';
  index: number;
  id: string;
  /** Relative to the listed folder, ending with "/". */
  name: string;
  /** The full prefix to open. */
  prefix: string;
}

export interface ObjectGridRow {
  kind: 'object';
  index: number;
  id: string;
  name: string;
  key: string;
  size: number;
  modified: number | null;
  storageClass: string | null;
  etag: string | null;
  owner: string | null;
}

export type GridRow = FolderGridRow | ObjectGridRow;

/**
 * The rows as shown: folders first, then objects, filtered and sorted. Rows
 * are built on demand, so a view of a million rows costs at most one Uint32
 * per row (none in server order).
 */
export class ListingView {
  constructor(
    private readonly snapshot: StoreSnapshot,
    /** Indices into the snapshot's folders; null means all of them in server order. */
    private readonly folderOrder: readonly number[] | null,
    private readonly foldersReversed: boolean,
    /** Global object indices; null means all of them in server order. */
    private readonly objectOrder: Uint32Array | null,
    private readonly objectLength: number,
    private readonly objectsReversed: boolean,
  ) {}

  get folderCount(): number {
    return this.folderOrder?.length ?? this.snapshot.folderCount;
  }

  get length(): number {
    return this.folderCount + this.objectLength;
  }

  /** Every loaded row, before filtering. */
  get loadedCount(): number {
    return this.snapshot.folderCount + this.snapshot.objectCount;
  }

  idAt(index: number): string {
    const folders = this.folderCount;
    if (index < folders) return `f:${this.snapshot.folder}${this.folderName(index)}`;
    return `o:${this.snapshot.folder}${this.snapshot.objectName(this.objectIndex(index - folders))}`;
  }

  rowAt(index: number): GridRow {
    const folders = this.folderCount;
    const base = this.snapshot.folder;
    if (index < folders) {
      const name = this.folderName(index);
      return { kind: 'folder', index, id: `f:${base}${name}`, name, prefix: base + name };
    }
    const fields = this.snapshot.objectAt(this.objectIndex(index - folders));
    const key = base + fields.name;
    return { kind: 'object', index, id: `o:${key}`, key, ...fields };
  }

  private folderName(index: number): string {
    const i = this.foldersReversed ? this.folderCount - 1 - index : index;
    return this.snapshot.folders[this.folderOrder === null ? i : this.folderOrder[i]!]!;
  }

  private objectIndex(index: number): number {
    const i = this.objectsReversed ? this.objectLength - 1 - index : index;
    return this.objectOrder === null ? i : this.objectOrder[i]!;
  }
}

function growTo(array: Uint32Array, length: number, needed: number): Uint32Array {
  if (needed <= array.length) return array;
  const grown = new Uint32Array(Math.max(needed, array.length * 2, 1024));
  grown.set(array.subarray(0, length));
  return grown;
}

/**
 * Keeps one filtered and sorted view up to date as pages arrive, touching only
 * the new pages: a million rows must not be re-sorted each time 1,000 land.
 * Descending orders read the ascending one backwards.
 */
export class ViewDeriver {
  private epoch = -1;
  private needle = '';
  private column: SortColumn = 'name';
  private pagesSeen = 0;
  /** Matching global object indices, ascending by the sort key then by server order. */
  private order: Uint32Array = new Uint32Array(0);
  private orderLength = 0;
  /** Sort key by global object index, for merging later pages into `order`. */
  private keys: Float64Array = new Float64Array(0);
  /** Storage classes seen, sorted: a class's key is its rank here. */
  private classes: (string | null)[] = [];
  private folderCache: { count: number; order: number[] } | null = null;

  derive(snapshot: StoreSnapshot, filter: string, sort: SortState): ListingView {
    const needle = filter.trim().toLowerCase();
    if (
      snapshot.epoch !== this.epoch ||
      needle !== this.needle ||
      sort.column !== this.column ||
      snapshot.pageCount < this.pagesSeen
    ) {
      this.restart(snapshot.epoch, needle, sort.column);
    }
    const descending = sort.direction === 'descending';
    const serverOrder = needle === '' && sort.column === 'name';
    if (!serverOrder) this.extend(snapshot);
    return new ListingView(
      snapshot,
      this.folders(snapshot),
      // Folders have only names, so only a name sort reorders them.
      descending && sort.column === 'name',
      serverOrder ? null : this.order,
      serverOrder ? snapshot.objectCount : this.orderLength,
      descending,
    );
  }

  private restart(epoch: number, needle: string, column: SortColumn): void {
    this.epoch = epoch;
    this.needle = needle;
    this.column = column;
    this.pagesSeen = 0;
    this.order = new Uint32Array(0);
    this.orderLength = 0;
    this.keys = new Float64Array(0);
    this.classes = [];
    this.folderCache = null;
  }

  private folders(snapshot: StoreSnapshot): number[] | null {
    if (this.needle === '') return null;
    const cached = this.folderCache;
    if (cached?.count === snapshot.folderCount) return cached.order;
    const order = cached?.order.slice() ?? [];
    for (let i = cached?.count ?? 0; i < snapshot.folderCount; i++) {
      if (snapshot.folders[i]!.toLowerCase().includes(this.needle)) order.push(i);
    }
    this.folderCache = { count: snapshot.folderCount, order };
    return order;
  }

  private extend(snapshot: StoreSnapshot): void {
    if (this.column === 'storageClass' && this.learnClasses(snapshot)) {
      // A new class shifts every rank: start this view over (rare, and still one sort).
      this.pagesSeen = 0;
      this.orderLength = 0;
      this.order = new Uint32Array(0);
    }
    for (let p = this.pagesSeen; p < snapshot.pageCount; p++) {
      const page = snapshot.pages[p]!;
      const start = snapshot.starts[p]!;
      const matches = matchNames(page.names, page.ends, page.count, this.needle);
      for (let m = 0; m < matches.length; m++) matches[m] = matches[m]! + start;
      if (this.column === 'name') this.append(matches);
      else this.merge(matches, page, start);
    }
    this.pagesSeen = snapshot.pageCount;
  }

  private append(indices: readonly number[]): void {
    // Later pages come later in server order, so they go at the end, in place.
    this.order = growTo(this.order, this.orderLength, this.orderLength + indices.length);
    this.order.set(indices, this.orderLength);
    this.orderLength += indices.length;
  }

  private merge(indices: number[], page: CompactPage, start: number): void {
    if (this.keys.length < start + page.count) {
      const grown = new Float64Array(Math.max(start + page.count, this.keys.length * 2, 1024));
      grown.set(this.keys);
      this.keys = grown;
    }
    const keys = this.keys;
    const ranks = page.classes.map((c) => this.classes.indexOf(c));
    for (let o = 0; o < page.count; o++) keys[start + o] = this.keyOf(page, o, ranks);
    const byKey = (a: number, b: number) => keys[a]! - keys[b]! || a - b;
    indices.sort(byKey);
    // Merge into a new array: earlier views still read the old one.
    const merged = new Uint32Array(this.orderLength + indices.length);
    let i = 0;
    let j = 0;
    let k = 0;
    const old = this.order;
    while (i < this.orderLength && j < indices.length) {
      merged[k++] = byKey(old[i]!, indices[j]!) <= 0 ? old[i++]! : indices[j++]!;
    }
    while (i < this.orderLength) merged[k++] = old[i++]!;
    while (j < indices.length) merged[k++] = indices[j++]!;
    this.order = merged;
    this.orderLength = k;
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
