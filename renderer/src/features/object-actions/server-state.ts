import type { QueryClient } from '@tanstack/react-query';
import type { ContractClient } from '../../contract/contract-client.js';
import { objectKeys } from '../../contract/query-keys.js';
import type { CompactPage } from '../objects/compact-page.js';
import { compactObjectsQuery } from '../objects/objects-query.js';
import { ClashFinder } from './clashes.js';
import type { PlannedItem } from './destinations.js';
import { namesOfPages } from './loaded-names.js';

interface BucketAt {
  profileId: string;
  bucket: string;
}

/**
 * Whether a key (or, ending in "/", a folder with anything in it) exists now. The loaded rows
 * may be stale or partial, so a name is checked with the server before anything is written.
 */
export async function existsOnServer(
  client: ContractClient,
  { profileId, bucket }: BucketAt,
  path: string,
): Promise<boolean> {
  const page = await client.invoke('objects.list', { profileId, bucket, prefix: path, maxKeys: 1 });
  if (path.endsWith('/')) return page.objects.length > 0 || page.folders.length > 0;
  // The shortest key with this prefix lists first: the key itself, when it exists.
  return page.objects[0]?.key === path;
}

/** Up to this many items, each target is looked up alone; beyond, the folder is listed. */
const LOOKED_UP_ALONE = 10;

/**
 * The planned items whose target already exists. A few are looked up one by one (one short
 * listing each, so a huge destination folder costs nothing); many come from one listing of the
 * destination folder (a page per thousand names), stopping once every target was seen.
 */
export async function findClashes(
  client: ContractClient,
  at: BucketAt,
  folder: string,
  items: readonly PlannedItem[],
): Promise<PlannedItem[]> {
  if (items.length <= LOOKED_UP_ALONE) {
    const exists = await Promise.all(items.map((item) => existsOnServer(client, at, item.target)));
    return items.filter((_, i) => exists[i]);
  }
  const { profileId, bucket } = at;
  const finder = new ClashFinder(items);
  let continuationToken: string | undefined;
  do {
    const page = await client.invoke('objects.list', {
      profileId,
      bucket,
      prefix: folder,
      continuationToken,
    });
    finder.add(page);
    continuationToken = page.nextContinuationToken ?? undefined;
  } while (continuationToken !== undefined && !finder.done);
  return finder.found;
}

/** Names among the rows of a folder the list has loaded, for checking a name as it is typed. */
export function loadedNames(
  queryClient: QueryClient,
  client: ContractClient,
  { profileId, bucket }: BucketAt,
  folder: string,
): Set<string> {
  const { queryKey } = compactObjectsQuery(client, profileId, bucket, folder);
  const data = queryClient.getQueryData<{ pages: CompactPage[] }>(queryKey);
  return namesOfPages(data?.pages ?? []);
}

/** After a change, every listing of the bucket shows the server's state again. */
export function refreshListings(queryClient: QueryClient, { profileId, bucket }: BucketAt) {
  return queryClient.invalidateQueries({ queryKey: objectKeys.bucket(profileId, bucket) });
}
