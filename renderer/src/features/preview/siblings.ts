import type { CompactPage } from '../objects/compact-page.js';
import { pageName } from '../objects/compact-page.js';

/** Keys of the files (not folders) the loaded pages of `folder` hold, in listing order. */
export function filesOfPages(pages: readonly CompactPage[], folder: string): string[] {
  const keys: string[] = [];
  for (const page of pages) {
    for (let i = 0; i < page.count; i++) keys.push(folder + pageName(page, i));
  }
  return keys;
}

/** The file `step` places from `key` among `keys`, or null at either end or when not listed. */
export function stepFrom(keys: readonly string[], key: string, step: -1 | 1): string | null {
  const at = keys.indexOf(key);
  if (at === -1) return null;
  return keys[at + step] ?? null;
}
