import type { versioningChannels } from '../../../shared/contract/channels/versioning.js';
import { putBucketVersioning, readBucketVersioning } from '../services/config/versioning.js';
import type { CoreDeps, DomainHandlers } from './deps.js';

export function versioningHandlers({
  clients,
}: CoreDeps): DomainHandlers<typeof versioningChannels> {
  return {
    'versioning.get': async ({ profileId, bucket }, { signal }) =>
      readBucketVersioning(await clients.get(profileId), bucket, signal),
    'versioning.put': async ({ profileId, bucket, status }, { signal }) => {
      await putBucketVersioning(await clients.get(profileId), bucket, status, signal);
      return {};
    },
  };
}
