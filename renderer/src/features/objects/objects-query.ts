import { infiniteQueryOptions } from '@tanstack/react-query';
import type { ContractClient } from '../../contract/contract-client.js';
import { objectKeys } from '../../contract/query-keys.js';
import { listingExtras } from './column-layout.js';
import { columnSettings } from './column-settings.js';
import { compactPage } from './compact-page.js';

/** Listings of up to this many pages (1,000 rows each) refresh on a return to the window. */
const AUTO_REFRESH_PAGES = 10;

/**
 * `objects.list` pages, packed as they arrive so the cache never holds a
 * million row objects, keeping the ETag and owner only while their columns show. Its key sits under `objectKeys.list`, so invalidating a
 * listing (after an upload, say) reaches it.
 */
export function compactObjectsQuery(
  client: ContractClient,
  profileId: string,
  bucket: string,
  prefix: string,
) {
  return infiniteQueryOptions({
    queryKey: [...objectKeys.list(profileId, bucket, prefix), 'compact'] as const,
    queryFn: async ({ pageParam, signal }) => {
      // Read when the page is asked for: showing the ETag or Owner column refetches the pages.
      const extras = listingExtras(columnSettings());
      const request = { profileId, bucket, prefix, ...(extras.owner ? { fetchOwner: true } : {}) };
      return compactPage(
        await client.invoke(
          'objects.list',
          pageParam === undefined ? request : { ...request, continuationToken: pageParam },
          // A folder left while its pages load stops listing on the server as well.
          { signal },
        ),
        prefix,
        extras,
      );
    },
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextContinuationToken ?? undefined,
    // Objects changed elsewhere show up on a return to the window after a while away. A refetch
    // asks for every loaded page again, so a huge listing waits for an explicit Refresh.
    refetchOnWindowFocus: (query) => (query.state.data?.pages.length ?? 0) <= AUTO_REFRESH_PAGES,
    // Pages are typed arrays: comparing them deeply on a refetch would find nothing to share.
    structuralSharing: false,
  });
}
