import { queryOptions } from '@tanstack/react-query';
import type { ContractClient } from './contract-client.js';
import { bucketKeys, hostKeys, profileKeys } from './query-keys.js';

export function hostInfoQuery(client: ContractClient) {
  return queryOptions({
    queryKey: hostKeys.info(),
    queryFn: () => client.invoke('host.info', {}),
    // Fixed for the life of the host process.
    staleTime: Infinity,
  });
}

export function profilesQuery(client: ContractClient) {
  return queryOptions({
    queryKey: profileKeys.list(),
    queryFn: () => client.invoke('profiles.list', {}),
    // Kept fresh by the profiles.changed event instead of refetching.
    staleTime: Infinity,
  });
}

export function bucketsQuery(client: ContractClient, profileId: string) {
  return queryOptions({
    queryKey: bucketKeys.list(profileId),
    queryFn: () => client.invoke('buckets.list', { profileId }),
    // Buckets made elsewhere show up on a return to the window after a while away.
    refetchOnWindowFocus: true,
  });
}
