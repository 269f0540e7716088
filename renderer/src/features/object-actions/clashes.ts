import type { PlannedItem } from './destinations.js';

/** One page of the destination folder's listing (delimiter "/"): full keys and prefixes. */
export interface ListedPage {
  folders: readonly string[];
  objects: readonly { key: string }[];
}

/**
 * Follows the destination folder's listing page by page and keeps the planned items whose
 * target is already there: an object whose key exists, a folder that holds anything (its
 * contents would merge). `done` says when every target has been seen, so paging can stop early.
 */
export class ClashFinder {
  private readonly wanted: Map<string, PlannedItem>;
  readonly found: PlannedItem[] = [];

  constructor(items: readonly PlannedItem[]) {
    this.wanted = new Map(items.map((item) => [item.target, item]));
  }

  get done(): boolean {
    return this.wanted.size === 0;
  }

  add(page: ListedPage): void {
    for (const name of [...page.folders, ...page.objects.map((o) => o.key)]) {
      const item = this.wanted.get(name);
      if (item === undefined) continue;
      this.wanted.delete(name);
      this.found.push(item);
    }
  }
}

/** What goes when the user chose to skip what exists: objects are left out, folders merge. */
export function withoutClashingObjects(
  items: readonly PlannedItem[],
  clashes: readonly PlannedItem[],
): PlannedItem[] {
  const taken = new Set(clashes.filter((c) => c.kind === 'object').map((c) => c.target));
  return items.filter((item) => item.kind !== 'object' || !taken.has(item.target));
}
