import type { lifecycleChannels } from '../../../shared/contract/channels/lifecycle.js';
import {
  deleteBucketLifecycle,
  getBucketLifecycle,
  putBucketLifecycle,
} from '../services/config/lifecycle.js';
import type { CoreDeps, DomainHandlers } from './deps.js';

export function lifecycleHandlers({ clients }: CoreDeps): DomainHandlers<typeof lifecycleChannels> {
  return {
    'config.lifecycle.get': async ({ profileId, bucket }, { signal }) =>
      getBucketLifecycle(await clients.get(profileId), bucket, signal),
    'config.lifecycle.put': async ({ profileId, bucket, lifecycle }, { signal }) => {
      await putBucketLifecycle(await clients.session(profileId), bucket, lifecycle, signal);
      return {};
    },
    'config.lifecycle.delete': async ({ profileId, bucket }, { signal }) => {
      await deleteBucketLifecycle(await clients.get(profileId), bucket, signal);
      return {};
    },
  };
}
