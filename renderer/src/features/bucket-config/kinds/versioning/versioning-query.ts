import { queryOptions } from '@tanstack/react-query';
import type { ContractClient } from '../../../../contract/contract-client.js';
import { bucketDetailKeys } from '../../../buckets/bucket-queries.js';
import type { ConfigTarget } from '../../config-kind.js';

/** One query for the Versioning and Replication tabs, so a change in one shows in the other. */
export function versioningQuery(client: ContractClient, { profileId, bucket }: ConfigTarget) {
  return queryOptions({
    queryKey: [...bucketDetailKeys.bucket(profileId, bucket), 'versioning'] as const,
    queryFn: () => client.invoke('versioning.get', { profileId, bucket }),
    staleTime: 0,
    retry: false,
  });
}
