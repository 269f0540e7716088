import type { CompactPage } from '../objects/compact-page.js';
import { pageName } from '../objects/compact-page.js';

/** Names the loaded pages of a folder hold: folders with their trailing "/", objects without. */
export function namesOfPages(pages: readonly CompactPage[]): Set<string> {
  const names = new Set<string>();
  for (const page of pages) {
    for (const folder of page.folders) names.add(folder);
    for (let i = 0; i < page.count; i++) names.add(pageName(page, i));
  }
  return names;
}
