import type { ObjectPage, ObjectRow } from '../../../../shared/domain/listing.js';

/** Test helper: a contract page as the host sends it. */
export function objectRow(
  key: string,
  size = 1,
  storageClass: string | null = 'STANDARD',
  lastModified: string | null = '2024-05-01T10:00:00.000Z',
): ObjectRow {
  return { key, size, lastModified, etag: '"e"', storageClass, owner: null };
}

export function objectPage(
  prefix: string,
  folders: string[],
  objects: ObjectRow[],
  next: string | null = null,
): ObjectPage {
  return { prefix, folders, objects, nextContinuationToken: next };
}
