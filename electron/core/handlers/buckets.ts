import type { bucketChannels } from '../../../shared/contract/channels/buckets.js';
import { listBuckets } from '../services/buckets.js';
import type { CoreDeps, DomainHandlers } from './deps.js';

export function bucketHandlers({ clients }: CoreDeps): DomainHandlers<typeof bucketChannels> {
  return {
    'buckets.list': async ({ profileId }, { signal }) =>
      listBuckets(await clients.get(profileId), signal),
  };
}
