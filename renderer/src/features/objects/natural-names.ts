import type { StoreSnapshot } from './listing-store.js';
import type { NameCollator } from './name-order.js';
import { SortedIndices } from './sorted-indices.js';
import type { IndexCompare } from './sorted-indices.js';

/**
 * Every loaded object and folder of one listing in natural name order, grown page by page.
 * Kept apart from any filter or other sort, so changing the filter walks this order (no
 * comparisons) instead of sorting the matches again.
 *
 * Indices are in server order, which is byte order, so `a - b` breaks the collator's ties
 * ("b" and "B", "a" and "á") the way S3 lists them: the order is total and stable.
 */
export class NaturalNames {
  readonly objects = new SortedIndices();
  readonly folders = new SortedIndices();
  private pagesSeen = 0;
  private foldersSeen = 0;

  constructor(readonly collator: NameCollator) {}

  objectCompare(snapshot: StoreSnapshot): IndexCompare {
    const collator = this.collator;
    return (a, b) => collator.compare(snapshot.objectName(a), snapshot.objectName(b)) || a - b;
  }

  updateObjects(snapshot: StoreSnapshot): void {
    if (this.pagesSeen >= snapshot.pageCount) return;
    const compare = this.objectCompare(snapshot);
    for (let p = this.pagesSeen; p < snapshot.pageCount; p++) {
      const start = snapshot.starts[p]!;
      const count = snapshot.pages[p]!.count;
      this.objects.insert(
        Array.from({ length: count }, (_, i) => start + i),
        compare,
      );
    }
    this.pagesSeen = snapshot.pageCount;
  }

  updateFolders(snapshot: StoreSnapshot): void {
    if (this.foldersSeen >= snapshot.folderCount) return;
    const names = snapshot.folders;
    const collator = this.collator;
    const batch: number[] = [];
    for (let i = this.foldersSeen; i < snapshot.folderCount; i++) batch.push(i);
    this.folders.insert(batch, (a, b) => collator.compare(names[a]!, names[b]!) || a - b);
    this.foldersSeen = snapshot.folderCount;
  }
}
