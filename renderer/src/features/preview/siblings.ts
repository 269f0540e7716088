import type { CompactPage } from '../objects/compact-page.js';
import { pageName } from '../objects/compact-page.js';
import type { NameCollator } from '../objects/name-order.js';

/** Keys of the files (not folders) the loaded pages of `folder` hold, in listing order. */
export function filesOfPages(pages: readonly CompactPage[], folder: string): string[] {
  const keys: string[] = [];
  for (const page of pages) {
    for (let i = 0; i < page.count; i++) keys.push(folder + pageName(page, i));
  }
  return keys;
}

export interface Siblings {
  previous: string | null;
  next: string | null;
  /** Where the file stands among `keys` (from 0), or -1 when it is not listed. */
  position: number;
}

/**
 * The files before and after `key` in the order the list shows names: listing (byte) order,
 * or natural order when `collator` is given, ties in listing order as in the list. One pass
 * over the keys rather than a sort: stepping through a folder of 100,000 files stays quick.
 */
export function siblingsOf(
  keys: readonly string[],
  key: string,
  collator: NameCollator | null,
): Siblings {
  const at = keys.indexOf(key);
  if (at === -1) return { previous: null, next: null, position: -1 };
  if (collator === null) {
    return { previous: keys[at - 1] ?? null, next: keys[at + 1] ?? null, position: at };
  }
  const order = (i: number, j: number) => collator.compare(keys[i]!, keys[j]!) || i - j;
  let previous = -1;
  let next = -1;
  let position = 0;
  for (let i = 0; i < keys.length; i++) {
    if (i === at) continue;
    if (order(i, at) < 0) {
      position++;
      if (previous === -1 || order(i, previous) > 0) previous = i;
    } else if (next === -1 || order(i, next) < 0) {
      next = i;
    }
  }
  return {
    previous: previous === -1 ? null : keys[previous]!,
    next: next === -1 ? null : keys[next]!,
    position,
  };
}
