import type { versionsChannels } from '../../../shared/contract/channels/versions.js';
import type { S3Session } from '../s3/client-pool.js';
import { unsupportedByProvider } from '../s3/dialects.js';
import { deleteObject } from '../services/objects-delete.js';
import { listVersionsPage, restoreVersion } from '../services/object-versions.js';
import { listAsOfPage } from '../services/versions-as-of-page.js';
import type { CoreDeps, DomainHandlers } from './deps.js';

/** Providers without object versions are refused before anything is sent, naming the provider. */
function versioned(session: S3Session): S3Session {
  const lacking = session.dialect.unsupportedFeatures.versions;
  if (lacking !== undefined) throw unsupportedByProvider(session.dialect, lacking);
  return session;
}

/**
 * The client for a call that may name a version: a provider without versions could ignore the
 * version id and answer the latest object, which would be the wrong bytes reported as success.
 */
export async function clientForVersion(
  clients: CoreDeps['clients'],
  profileId: string,
  versionId: string | undefined,
): Promise<S3Session['client']> {
  if (versionId === undefined) return clients.get(profileId);
  return versioned(await clients.session(profileId)).client;
}

export function versionsHandlers({ clients }: CoreDeps): DomainHandlers<typeof versionsChannels> {
  const sessionFor = async (profileId: string) => versioned(await clients.session(profileId));
  return {
    'objects.versions.list': async ({ profileId, ...request }, { signal }) =>
      listVersionsPage((await sessionFor(profileId)).client, request, signal),
    'objects.versions.asOf': async ({ profileId, ...request }, { signal }) =>
      listAsOfPage((await sessionFor(profileId)).client, request, signal),
    'objects.versions.restore': async ({ profileId, ...address }, { signal }) =>
      restoreVersion(await sessionFor(profileId), address, signal),
    'objects.versions.delete': async ({ profileId, ...address }, { signal }) => {
      // The one delete: a version refused by object lock says why and until when.
      await deleteObject((await sessionFor(profileId)).client, address, signal);
      return {};
    },
  };
}
