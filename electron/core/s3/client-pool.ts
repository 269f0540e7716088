import { homedir } from 'node:os';
import type { S3Client } from '@aws-sdk/client-s3';
import type { AwsCredentialIdentityProvider } from '@smithy/types';
import type { CredentialSource } from '../../../shared/domain/credential-source.js';
import { withCredentialProvider } from '../credentials/credential-provider.js';
import type { CredentialContext } from '../credentials/credential-provider.js';
import type { ConnectionPlace } from '../credentials/sign-in-network.js';
import { signInAgain, signOut, withProfileSignIn } from '../credentials/sign-in-again.js';
import type { ProfileStore, ResolvedProfile } from '../profiles/profile-store.js';
import { createS3Client } from './client-factory.js';
import { dialects } from './dialects.js';
import type { Dialect } from './dialects.js';
import { withSystemProxy } from './system-proxy.js';
import type { SystemProxyResolver } from './system-proxy.js';

/** What a service needs to talk to one connection. */
export interface S3Session {
  client: S3Client;
  dialect: Dialect;
  profile: ResolvedProfile;
}

/** Reuses one client (and its keep-alive sockets) per profile until the profile changes. */
export class ClientPool {
  readonly #sessions = new Map<string, Promise<S3Session>>();
  readonly #store: ProfileStore;
  readonly #credentials: CredentialContext;
  readonly #systemProxy: SystemProxyResolver | undefined;

  /** `systemProxy`: the host's way to ask the OS for a proxy; without one, the environment. */
  constructor(
    store: ProfileStore,
    credentials: CredentialContext = { homeDir: homedir() },
    systemProxy?: SystemProxyResolver,
  ) {
    this.#store = store;
    this.#systemProxy = systemProxy;
    // A role may be asked for with another saved connection's keys; sign-in hosts are asked
    // about the system's proxy like the endpoint is.
    this.#credentials = {
      resolveConnection: (id) => store.resolve(id),
      systemProxy,
      ...credentials,
    };
  }

  /** The settings with their credential source's provider, as every client of this pool gets. */
  withCredentials<T extends ConnectionPlace & { credentialSource?: CredentialSource | undefined }>(
    settings: T,
  ): T & { credentialProvider?: AwsCredentialIdentityProvider } {
    return withCredentialProvider(settings, this.#credentials);
  }

  /** The settings with a "system" proxy replaced by what the system answers for the endpoint. */
  withSystemProxy<T extends Parameters<typeof withSystemProxy>[0]>(settings: T): Promise<T> {
    return withSystemProxy(settings, this.#systemProxy);
  }

  session(profileId: string): Promise<S3Session> {
    let session = this.#sessions.get(profileId);
    if (session === undefined) {
      // One provider per session, shared by both clients, so a credential process runs once.
      session = this.#store.resolve(profileId).then(async (resolved) => {
        // The system is asked once per client: its answer holds until the profile changes.
        // Credentials first: sign-in requests ask the system about their own hosts.
        const profile = await this.withSystemProxy(this.withCredentials(resolved));
        return { client: createS3Client(profile), dialect: dialects[profile.provider], profile };
      });
      // A failed resolve must not be cached: the next call should try again.
      session.catch(() => this.#sessions.delete(profileId));
      this.#sessions.set(profileId, session);
    }
    return session;
  }

  async get(profileId: string): Promise<S3Client> {
    return (await this.session(profileId)).client;
  }

  /** Signs the connection in again and drops its clients, so the next request uses new keys. */
  async signIn(profileId: string): Promise<void> {
    await signInAgain(await this.#store.resolve(profileId), this.#credentials);
    this.forget(profileId);
  }

  /** Ends the connection's IAM Identity Center session and drops its clients and keys. */
  async signOut(profileId: string): Promise<void> {
    await signOut(await this.#store.resolve(profileId), this.#credentials);
    this.forget(profileId);
  }

  /** The summaries with how each AWS CLI profile connection signs in, read with this pool's home. */
  withSignIn<T extends { credentialSource?: CredentialSource | undefined }>(
    profiles: readonly T[],
  ) {
    return withProfileSignIn(profiles, this.#credentials);
  }

  forget(profileId: string): void {
    const session = this.#sessions.get(profileId);
    this.#sessions.delete(profileId);
    void session?.then(
      (s) => s.client.destroy(),
      () => undefined,
    );
  }

  destroyAll(): void {
    for (const id of [...this.#sessions.keys()]) this.forget(id);
  }

  readonly #transferClients = new Map<string, { session: S3Session; client: S3Client }>();

  /**
   * A second client per profile for the transfer engine: no SDK retries
   * (maxAttempts 1), since the engine retries itself and only it can rewind a
   * file stream. Rebuilt when the profile's session is (after an edit).
   */
  async transferClient(profileId: string): Promise<S3Client> {
    const session = await this.session(profileId);
    const known = this.#transferClients.get(profileId);
    if (known?.session === session) return known.client;
    known?.client.destroy();
    const client = createS3Client(session.profile, { maxAttempts: 1 });
    this.#transferClients.set(profileId, { session, client });
    return client;
  }

  destroyTransferClients(): void {
    for (const { client } of this.#transferClients.values()) client.destroy();
    this.#transferClients.clear();
  }
}
