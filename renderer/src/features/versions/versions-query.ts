import { infiniteQueryOptions } from '@tanstack/react-query';
import type { VersionCursor } from '../../../../shared/domain/object-versions.js';
import type { ContractClient } from '../../contract/contract-client.js';
import { objectKeys } from '../../contract/query-keys.js';
import type { VersionRowsPage } from './version-rows.js';

/**
 * Pages of `objects.versions.list`, asked for as the list scrolls. The key sits under
 * `objectKeys.list`, so whatever refreshes the folder's listing (an upload, a delete) reaches
 * its versions too.
 */
export function versionsQuery(
  client: ContractClient,
  profileId: string,
  bucket: string,
  prefix: string,
) {
  return infiniteQueryOptions({
    queryKey: [...objectKeys.list(profileId, bucket, prefix), 'versions'] as const,
    queryFn: ({ pageParam, signal }): Promise<VersionRowsPage & { next: VersionCursor | null }> =>
      client.invoke(
        'objects.versions.list',
        { profileId, bucket, prefix, ...(pageParam === undefined ? {} : { cursor: pageParam }) },
        { signal },
      ),
    initialPageParam: undefined as VersionCursor | undefined,
    getNextPageParam: (last) => last.next ?? undefined,
    // Versions are looked at deliberately; a return to the window need not list them again.
    refetchOnWindowFocus: false,
    structuralSharing: false,
  });
}

/** Pages of the folder as it was at `at` (an ISO instant), computed by the core. */
export function asOfQuery(
  client: ContractClient,
  profileId: string,
  bucket: string,
  prefix: string,
  at: string,
) {
  return infiniteQueryOptions({
    queryKey: [...objectKeys.list(profileId, bucket, prefix), 'as-of', at] as const,
    queryFn: async ({ pageParam, signal }): Promise<VersionRowsPage & { next: string | null }> => {
      const page = await client.invoke(
        'objects.versions.asOf',
        {
          profileId,
          bucket,
          prefix,
          at,
          ...(pageParam === undefined ? {} : { keyMarker: pageParam }),
        },
        { signal },
      );
      return { folders: page.folders, versions: page.objects, next: page.nextKeyMarker };
    },
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.next ?? undefined,
    refetchOnWindowFocus: false,
    structuralSharing: false,
  });
}
