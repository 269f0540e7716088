import { queryOptions } from '@tanstack/react-query';
import { publicExposure } from '../../../../../../shared/domain/config/public-access.js';
import type { PublicExposure } from '../../../../../../shared/domain/config/public-access.js';
import type { ContractClient } from '../../../../contract/contract-client.js';
import { bucketDetailKeys } from '../../../buckets/bucket-queries.js';
import type { ConfigTarget } from '../../config-kind.js';

export interface ExposureRead {
  exposure: PublicExposure;
  /** What could not be read (so the warnings may miss something), as the server said it. */
  unreadable: readonly unknown[];
}

/**
 * How public the bucket is now, from its policy and ACL, for the warnings of the Public access
 * and Requester pays tabs. A read that fails counts as granting nothing, and is reported.
 */
export function exposureQuery(client: ContractClient, { profileId, bucket }: ConfigTarget) {
  return queryOptions({
    queryKey: [...bucketDetailKeys.bucket(profileId, bucket), 'public-exposure'] as const,
    queryFn: async (): Promise<ExposureRead> => {
      const [policy, acl] = await Promise.allSettled([
        client.invoke('config.policy.get', { profileId, bucket }),
        client.invoke('config.acl.get', { profileId, bucket }),
      ]);
      const unreadable = [policy, acl]
        .filter((read) => read.status === 'rejected')
        .map((read) => read.reason as unknown);
      const policyText =
        policy.status === 'fulfilled' && policy.value.state === 'set'
          ? policy.value.config
          : undefined;
      const stored =
        acl.status === 'fulfilled' && acl.value.state === 'set' ? acl.value.config : undefined;
      return { exposure: publicExposure(policyText, stored), unreadable };
    },
    staleTime: 0,
    retry: false,
  });
}
