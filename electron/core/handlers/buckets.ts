import type { bucketChannels } from '../../../shared/contract/channels/buckets.js';
import { listBuckets } from '../services/buckets.js';
import { createBucket } from '../services/buckets-create.js';
import { deleteBucket } from '../services/buckets-delete.js';
import { headBucket } from '../services/buckets-head.js';
import { listOneBucket } from '../services/buckets-list-one.js';
import { unsupportedByProvider } from '../s3/dialects.js';
import type { CoreDeps, DomainHandlers } from './deps.js';

export function bucketHandlers({ clients }: CoreDeps): DomainHandlers<typeof bucketChannels> {
  return {
    'buckets.list': async ({ profileId }, { signal }) => {
      const { client, profile } = await clients.session(profileId);
      // Keys scoped to one bucket may not list buckets: such a connection answers its own.
      return profile.bucket === undefined
        ? listBuckets(client, signal)
        : listOneBucket(client, profile.bucket, signal);
    },

    'buckets.create': async ({ profileId, ...request }, { signal }) => {
      const { client, dialect } = await clients.session(profileId);
      if (request.objectLock === true && !dialect.objectLock.offered) {
        throw unsupportedByProvider(dialect, 'object lock');
      }
      return createBucket(client, request, signal);
    },

    'buckets.head': async ({ profileId, bucket }, { signal }) =>
      headBucket(await clients.get(profileId), bucket, signal),

    'buckets.delete': async ({ profileId, bucket }, { signal }) => {
      await deleteBucket(await clients.get(profileId), { bucket }, { signal });
      return {};
    },
  };
}
