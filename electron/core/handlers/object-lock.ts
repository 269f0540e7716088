import type { objectLockChannels } from '../../../shared/contract/channels/object-lock.js';
import { getObjectLockConfig, putObjectLockConfig } from '../services/object-lock/bucket-lock.js';
import {
  getLegalHold,
  getRetention,
  putLegalHold,
  putRetention,
} from '../services/object-lock/version-lock.js';
import { unsupportedByProvider } from '../s3/dialects.js';
import type { CoreDeps, DomainHandlers } from './deps.js';

export function objectLockHandlers({
  clients,
}: CoreDeps): DomainHandlers<typeof objectLockChannels> {
  return {
    'config.objectLock.get': async ({ profileId, bucket }, { signal }) =>
      getObjectLockConfig(await clients.get(profileId), bucket, signal),
    'config.objectLock.put': async ({ profileId, bucket, config }, { signal }) => {
      await putObjectLockConfig(await clients.get(profileId), bucket, config, signal);
      return {};
    },
    'objects.retention.get': async ({ profileId, ...target }, { signal }) => ({
      retention: await getRetention(await clients.get(profileId), target, signal),
    }),
    'objects.retention.put': async (
      { profileId, retention, bypassGovernance, ...target },
      { signal },
    ) => {
      const { client, dialect } = await clients.session(profileId);
      if (retention === null && !dialect.objectLock.removeRetention) {
        throw unsupportedByProvider(dialect, 'removing a retention (shorten it instead)');
      }
      await putRetention(client, target, retention, bypassGovernance === true, signal);
      return {};
    },
    'objects.legalHold.get': async ({ profileId, ...target }, { signal }) => ({
      on: await getLegalHold(await clients.get(profileId), target, signal),
    }),
    'objects.legalHold.put': async ({ profileId, on, ...target }, { signal }) => {
      await putLegalHold(await clients.get(profileId), target, on, signal);
      return {};
    },
  };
}
