import type { ClientPool, S3Session } from './client-pool.js';
import { unsupportedByProvider } from './dialects.js';

type Sessions = Pick<ClientPool, 'session'>;

/** A provider without object versions is refused before anything is sent, naming the provider. */
export function versioned(session: S3Session): S3Session {
  const lacking = session.dialect.unsupportedFeatures.versions;
  if (lacking !== undefined) throw unsupportedByProvider(session.dialect, lacking);
  return session;
}

/**
 * The session for a call that may name a version. A provider without versions could ignore the
 * version id and answer the latest object: the wrong bytes reported as success.
 */
export async function sessionForVersion(
  clients: Sessions,
  profileId: string,
  versionId: string | undefined,
): Promise<S3Session> {
  const session = await clients.session(profileId);
  return versionId === undefined ? session : versioned(session);
}
