import { queryOptions } from '@tanstack/react-query';
import type { ContractClient } from '../../contract/contract-client.js';
import { bucketKeys } from '../../contract/query-keys.js';

/** Under `bucketKeys.profile`, so deleting a connection drops these with its bucket list. */
export const bucketDetailKeys = {
  bucket: (profileId: string, bucket: string) =>
    [...bucketKeys.profile(profileId), 'bucket', bucket] as const,
  head: (profileId: string, bucket: string) =>
    [...bucketDetailKeys.bucket(profileId, bucket), 'head'] as const,
  capabilities: (profileId: string, bucket: string) =>
    [...bucketDetailKeys.bucket(profileId, bucket), 'capabilities'] as const,
};

export function bucketHeadQuery(client: ContractClient, profileId: string, bucket: string) {
  return queryOptions({
    queryKey: bucketDetailKeys.head(profileId, bucket),
    queryFn: () => client.invoke('buckets.head', { profileId, bucket }),
  });
}

export function capabilitiesQuery(client: ContractClient, profileId: string, bucket: string) {
  return queryOptions({
    queryKey: bucketDetailKeys.capabilities(profileId, bucket),
    queryFn: () => client.invoke('capabilities.probe', { profileId, bucket }),
    // Core caches the probe for a few minutes; asking again sooner only repeats its answer.
    staleTime: 5 * 60_000,
  });
}
