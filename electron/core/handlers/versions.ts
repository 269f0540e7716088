import type { versionsChannels } from '../../../shared/contract/channels/versions.js';
import { versioned } from '../s3/version-support.js';
import { listVersionsPage, restoreVersion } from '../services/object-versions.js';
import { listAsOfPage } from '../services/versions-as-of-page.js';
import type { CoreDeps, DomainHandlers } from './deps.js';

/**
 * Listing and restoring versions. Deleting one is `objects.delete` with its version id, the one
 * delete, so that a version refused by object lock says why and until when wherever it is asked.
 */
export function versionsHandlers({ clients }: CoreDeps): DomainHandlers<typeof versionsChannels> {
  const sessionFor = async (profileId: string) => versioned(await clients.session(profileId));
  return {
    'objects.versions.list': async ({ profileId, ...request }, { signal }) =>
      listVersionsPage((await sessionFor(profileId)).client, request, signal),
    'objects.versions.asOf': async ({ profileId, ...request }, { signal }) =>
      listAsOfPage((await sessionFor(profileId)).client, request, signal),
    'objects.versions.restore': async ({ profileId, ...address }, { signal }) =>
      restoreVersion(await sessionFor(profileId), address, signal),
  };
}
