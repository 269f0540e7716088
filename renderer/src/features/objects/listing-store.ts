import { folderOf, pageEtag, pageModifiedMs, pageName, pageOwner } from './compact-page.js';
import type { CompactPage } from './compact-page.js';

export interface ObjectFields {
  name: string;
  size: number;
  /** Epoch milliseconds, or null when the server gave none. */
  modified: number | null;
  storageClass: string | null;
  /** Null while the pages do not keep it (its column is hidden). */
  etag: string | null;
  owner: string | null;
}

/**
 * The loaded rows at one moment. The arrays behind it only grow (or are
 * replaced on a reset), so a snapshot stays valid while the store moves on.
 */
export class StoreSnapshot {
  constructor(
    readonly folder: string,
    readonly pages: readonly CompactPage[],
    /** Global index of each page's first object. */
    readonly starts: readonly number[],
    readonly folders: readonly string[],
    readonly pageCount: number,
    readonly folderCount: number,
    readonly objectCount: number,
    /** Changes when the pages were replaced (a refetch) rather than extended. */
    readonly epoch: number,
  ) {}

  /** Page and offset of a global object index. */
  locate(index: number): { page: CompactPage; offset: number } {
    // Pages hold up to 1,000 rows, so a binary search over pages beats an index per row.
    let lo = 0;
    let hi = this.pageCount - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= index) lo = mid;
      else hi = mid - 1;
    }
    return { page: this.pages[lo]!, offset: index - this.starts[lo]! };
  }

  objectAt(index: number): ObjectFields {
    const { page, offset } = this.locate(index);
    return {
      name: pageName(page, offset),
      size: page.sizes[offset] ?? 0,
      modified: pageModifiedMs(page, offset),
      storageClass: page.classes[page.classIndex[offset] ?? 0] ?? null,
      etag: pageEtag(page, offset),
      owner: pageOwner(page, offset),
    };
  }

  objectName(index: number): string {
    const { page, offset } = this.locate(index);
    return pageName(page, offset);
  }
}

/** Every loaded row of one listing, folders apart from objects, in server order. */
export class ListingStore {
  readonly folder: string;
  private pages: CompactPage[] = [];
  private starts: number[] = [];
  private folders: string[] = [];
  private seenFolders = new Set<string>();
  private objectCount = 0;
  private epoch = 0;

  constructor(prefix: string) {
    this.folder = folderOf(prefix);
  }

  /** Holds exactly `pages` afterwards. Idempotent, so it may run during render. */
  sync(pages: readonly CompactPage[]): StoreSnapshot {
    const held = this.pages.length;
    const extended =
      pages.length >= held &&
      (held === 0 || (pages[0] === this.pages[0] && pages[held - 1] === this.pages[held - 1]));
    if (!extended) this.reset();
    for (let p = this.pages.length; p < pages.length; p++) this.append(pages[p]!);
    return new StoreSnapshot(
      this.folder,
      this.pages,
      this.starts,
      this.folders,
      this.pages.length,
      this.folders.length,
      this.objectCount,
      this.epoch,
    );
  }

  private append(page: CompactPage): void {
    this.pages.push(page);
    this.starts.push(this.objectCount);
    this.objectCount += page.count;
    // S3 sends each common prefix once, but a repeated page must not list it twice.
    for (const folder of page.folders) {
      if (this.seenFolders.has(folder)) continue;
      this.seenFolders.add(folder);
      this.folders.push(folder);
    }
  }

  private reset(): void {
    // New arrays, not emptied ones: snapshots taken before still read the old ones.
    this.pages = [];
    this.starts = [];
    this.folders = [];
    this.seenFolders = new Set();
    this.objectCount = 0;
    this.epoch += 1;
  }
}
