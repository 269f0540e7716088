import { homedir } from 'node:os';
import { AppError } from '../../../shared/contract/envelope.js';
import type { profileChannels } from '../../../shared/contract/channels/profiles.js';
import type { HostInfo } from '../../../shared/domain/host.js';
import { sourceOf } from '../../../shared/domain/credential-source.js';
import type { ProfileDraft } from '../../../shared/domain/profile.js';
import type { ClientSettings } from '../s3/client-factory.js';
import { checkTrustSettings } from '../s3/certificate-info.js';
import { importAwsProfiles } from '../services/aws-config-import.js';
import { readAwsProfiles } from '../services/aws-config-profiles.js';
import { testOneBucket } from '../services/buckets-list-one.js';
import { testConnection } from '../services/connection-test.js';
import type { CoreDeps, DomainHandlers } from './deps.js';

/** A bucket-only connection is tested with HeadBucket on its bucket, others with ListBuckets. */
function testSettings(
  settings: ClientSettings & { bucket?: string | undefined },
  signal: AbortSignal,
) {
  return settings.bucket === undefined
    ? testConnection(settings, signal)
    : testOneBucket(settings, settings.bucket, signal);
}

export function profileHandlers({
  store,
  clients,
  hostInfo,
  acknowledgements,
  emit,
  homeDir = homedir(),
}: CoreDeps): DomainHandlers<typeof profileChannels> {
  const currentHostInfo = async (): Promise<HostInfo> => ({
    ...hostInfo,
    storageWarningAcknowledged:
      (await acknowledgements?.storageWarningAcknowledged(hostInfo.secretStorage)) ?? false,
  });

  // An AWS CLI profile connection's SSO sign-in is read from its profile, for Sign out.
  const listProfiles = async () => clients.withSignIn(await store.list());

  const announceProfiles = async (): Promise<void> => {
    emit('profiles.changed', { profiles: await listProfiles() });
  };

  /**
   * The keys a draft is tested with: typed, or kept from the profile it edits or copies (an
   * empty session token removes the kept one). Other credential sources bring their own.
   */
  const keysOf = async (
    draft: ProfileDraft,
  ): Promise<{ secretAccessKey: string; sessionToken?: string }> => {
    if (sourceOf(draft).kind !== 'static') return { secretAccessKey: '' };
    const source = draft.id ?? draft.copySecretFrom;
    const kept = source === undefined ? undefined : await store.resolve(source);
    const secretAccessKey = draft.secretAccessKey ?? kept?.secretAccessKey ?? '';
    if (secretAccessKey === '') {
      throw new AppError('InvalidInput', 'draft.secretAccessKey: is required', {
        fields: ['draft.secretAccessKey'],
      });
    }
    const sessionToken = draft.sessionToken ?? kept?.sessionToken ?? '';
    return sessionToken === '' ? { secretAccessKey } : { secretAccessKey, sessionToken };
  };

  return {
    'host.info': currentHostInfo,

    'host.acknowledgeStorageWarning': async () => {
      if (acknowledgements === undefined) {
        throw new AppError('Internal', 'This host cannot remember acknowledgements.');
      }
      if (hostInfo.secretStorage.warning !== null) {
        await acknowledgements.acknowledgeStorageWarning(hostInfo.secretStorage);
      }
      return currentHostInfo();
    },

    'profiles.list': listProfiles,

    'profiles.save': async (draft) => {
      checkTrustSettings(draft.network);
      const saved = await store.save(draft);
      clients.forget(saved.id);
      await announceProfiles();
      // The window puts the reply in its list: it carries the sign-in the list would.
      const [withSignIn] = await clients.withSignIn([saved]);
      return withSignIn ?? saved;
    },

    'profiles.delete': async ({ id }) => {
      await store.delete(id);
      clients.forget(id);
      await announceProfiles();
      return {};
    },

    'profiles.test': async (input, { signal }) => {
      if ('id' in input) {
        const stored = clients.withCredentials(await store.resolve(input.id));
        return testSettings(await clients.withSystemProxy(stored), signal);
      }
      const { draft } = input;
      checkTrustSettings(draft.network);
      // Omitted when editing: the stored proxy password, as the saved connection would use.
      const proxyPassword =
        draft.proxyPassword ??
        (draft.id === undefined ? undefined : (await store.resolve(draft.id)).proxyPassword);
      const settings = { ...draft, ...(await keysOf(draft)), proxyPassword };
      return testSettings(await clients.withSystemProxy(clients.withCredentials(settings)), signal);
    },

    'profiles.awsCandidates': async () =>
      (await readAwsProfiles(homeDir)).map(({ candidate }) => candidate),

    'profiles.importAws': async ({ names }) => {
      const result = await importAwsProfiles(store, homeDir, names);
      if (result.imported.length > 0) await announceProfiles();
      return result;
    },
  };
}
