import type { StoreSnapshot } from './listing-store.js';
import type { IndexCompare } from './sorted-indices.js';

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

/** A row by what it is rather than where it shows: its index among the listing's folders or objects. */
export interface RowRef {
  kind: 'folder' | 'object';
  index: number;
}

/** Which rows a view shows in which order; made by ViewDeriver. */
export interface ViewLayout {
  /** Views of one generation differ only by the rows later pages added. */
  generation: number;
  /** Indices into the snapshot's folders; null means all of them in server order. */
  folderOrder: ArrayLike<number> | null;
  folderLength: number;
  foldersReversed: boolean;
  /** Global object indices; null means all of them in server order. */
  objectOrder: Uint32Array | null;
  objectLength: number;
  objectsReversed: boolean;
  /** The order `objectOrder` is ascending in, to find a row's place in it. */
  objectCompare: IndexCompare | null;
}

/**
 * The rows as shown: folders first, then objects, filtered and sorted. Rows
 * are built on demand, so a view of a million rows costs at most one Uint32
 * per row (none in server order).
 */
export class ListingView {
  private readonly folderOrder: ArrayLike<number> | null;
  private readonly objectOrder: Uint32Array | null;
  private readonly objectLength: number;

  constructor(
    private readonly snapshot: StoreSnapshot,
    private readonly layout: ViewLayout,
  ) {
    this.folderOrder = layout.folderOrder;
    this.objectOrder = layout.objectOrder;
    this.objectLength = layout.objectLength;
  }

  get generation(): number {
    return this.layout.generation;
  }

  get folderCount(): number {
    return this.folderOrder === null ? this.snapshot.folderCount : this.layout.folderLength;
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

  refAt(index: number): RowRef {
    const folders = this.folderCount;
    if (index < folders) return { kind: 'folder', index: this.folderIndex(index) };
    return { kind: 'object', index: this.objectIndex(index - folders) };
  }

  /** Where a row shows in this view; -1 when it does not (filtered out, not loaded). */
  positionOf(ref: RowRef): number {
    if (ref.kind === 'folder') {
      const count = this.folderCount;
      let at = -1;
      if (this.folderOrder === null) at = ref.index < count ? ref.index : -1;
      else
        for (let i = 0; i < count && at === -1; i++) if (this.folderOrder[i] === ref.index) at = i;
      return at === -1 || !this.layout.foldersReversed ? at : count - 1 - at;
    }
    const at = this.objectPlace(ref.index);
    if (at === -1) return -1;
    return this.folderCount + (this.layout.objectsReversed ? this.objectLength - 1 - at : at);
  }

  private objectPlace(index: number): number {
    const order = this.objectOrder;
    const compare = this.layout.objectCompare;
    if (order === null || compare === null) return index < this.objectLength ? index : -1;
    // The order is sorted by `compare`: a binary search, not a scan of a million rows.
    let lo = 0;
    let hi = this.objectLength;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compare(order[mid]!, index) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.objectLength && order[lo] === index ? lo : -1;
  }

  private folderIndex(index: number): number {
    const i = this.layout.foldersReversed ? this.folderCount - 1 - index : index;
    return this.folderOrder === null ? i : this.folderOrder[i]!;
  }

  private folderName(index: number): string {
    return this.snapshot.folders[this.folderIndex(index)]!;
  }

  private objectIndex(index: number): number {
    const i = this.layout.objectsReversed ? this.objectLength - 1 - index : index;
    return this.objectOrder === null ? i : this.objectOrder[i]!;
  }
}
