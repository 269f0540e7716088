import type { S3Client } from '@aws-sdk/client-s3';
import type { ProfileStore } from '../profiles/profile-store.js';
import { createS3Client } from './client-factory.js';

/** Reuses one client (and its keep-alive sockets) per profile until the profile changes. */
export class ClientPool {
  readonly #clients = new Map<string, Promise<S3Client>>();
  readonly #store: ProfileStore;

  constructor(store: ProfileStore) {
    this.#store = store;
  }

  get(profileId: string): Promise<S3Client> {
    let client = this.#clients.get(profileId);
    if (client === undefined) {
      client = this.#store.resolve(profileId).then((profile) => createS3Client(profile));
      // A failed resolve must not be cached: the next call should try again.
      client.catch(() => this.#clients.delete(profileId));
      this.#clients.set(profileId, client);
    }
    return client;
  }

  forget(profileId: string): void {
    const client = this.#clients.get(profileId);
    this.#clients.delete(profileId);
    void client?.then(
      (c) => c.destroy(),
      () => undefined,
    );
  }

  destroyAll(): void {
    for (const id of [...this.#clients.keys()]) this.forget(id);
  }
}
