import type { ObjectPage, ObjectRow } from '../../../shared/domain/listing.js';
import { relativeName } from './prefix.js';

export type ListingRow =
  | { kind: 'folder'; id: string; name: string; prefix: string }
  | { kind: 'object'; id: string; name: string; object: ObjectRow };

/**
 * Flattens listing pages into rows, folders first. The zero-byte "folder/"
 * marker object some tools create is the folder itself, so it is not listed.
 */
export function listingRows(pages: readonly ObjectPage[], prefix: string): ListingRow[] {
  const seenFolders = new Set<string>();
  const folders: ListingRow[] = [];
  const objects: ListingRow[] = [];
  for (const page of pages) {
    for (const folder of page.folders) {
      if (seenFolders.has(folder)) continue;
      seenFolders.add(folder);
      folders.push({
        kind: 'folder',
        id: `f:${folder}`,
        name: relativeName(folder, prefix),
        prefix: folder,
      });
    }
    for (const object of page.objects) {
      if (object.key === prefix) continue;
      objects.push({
        kind: 'object',
        id: `o:${object.key}`,
        name: relativeName(object.key, prefix),
        object,
      });
    }
  }
  return [...folders, ...objects];
}
