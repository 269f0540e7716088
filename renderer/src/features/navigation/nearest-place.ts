import type { Selection } from '../../app/selection.js';
import { ContractError } from '../../contract/contract-error.js';
import type { ContractClient } from '../../contract/contract-client.js';
import { parentPrefix } from '../../lib/prefix.js';
import { folderOf } from '../objects/compact-page.js';

export type MissingPart =
  | { kind: 'connection' }
  | { kind: 'bucket'; bucket: string }
  | { kind: 'folder'; folder: string; shown: string };

export interface NearestPlace {
  place: Selection | null;
  /** What of the asked-for place is gone, or null when all of it is there. */
  missing: MissingPart | null;
}

/**
 * The deepest part of `at` that still exists: a link may name a connection deleted since, a
 * bucket someone removed or a folder emptied. Folders exist while something lies in them, so
 * an empty listing means gone and the parent is tried, up to the bucket, at most one request
 * per level. Any other failure (no network, access denied) keeps the place: its list then says
 * what went wrong.
 */
export async function nearestPlace(
  client: ContractClient,
  profileIds: readonly string[],
  at: Selection,
): Promise<NearestPlace> {
  if (!profileIds.includes(at.profileId)) return { place: null, missing: { kind: 'connection' } };
  const { profileId, bucket } = at;
  if (bucket === null) return { place: at, missing: null };
  const asked = folderOf(at.prefix);
  let folder = asked;
  try {
    while (folder !== '' && !(await holdsAnything(client, profileId, bucket, folder))) {
      folder = parentPrefix(folder);
    }
    // The bucket itself: a listing of its top answers NoSuchBucket when it is gone.
    if (folder === '') await holdsAnything(client, profileId, bucket, '');
  } catch (error) {
    if (error instanceof ContractError && error.code === 'NoSuchBucket') {
      return {
        place: { profileId, bucket: null, prefix: '' },
        missing: { kind: 'bucket', bucket },
      };
    }
    return { place: at, missing: null };
  }
  if (folder === asked) return { place: at, missing: null };
  return {
    place: { profileId, bucket, prefix: folder },
    missing: { kind: 'folder', folder: asked, shown: folder },
  };
}

async function holdsAnything(
  client: ContractClient,
  profileId: string,
  bucket: string,
  prefix: string,
): Promise<boolean> {
  const page = await client.invoke('objects.list', { profileId, bucket, prefix, maxKeys: 1 });
  return page.folders.length > 0 || page.objects.length > 0;
}
