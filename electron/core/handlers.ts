import type { EmitEvent, Handlers } from '../../shared/contract/handlers.js';
import type { HostInfo } from '../../shared/domain/host.js';
import { AppError } from '../../shared/contract/envelope.js';
import type { ProfileStore } from './profiles/profile-store.js';
import type { ClientPool } from './s3/client-pool.js';
import { listBuckets } from './services/buckets.js';
import { testConnection } from './services/connection-test.js';
import { listObjectsPage } from './services/objects.js';

export interface CoreDeps {
  store: ProfileStore;
  clients: ClientPool;
  hostInfo: HostInfo;
  emit: EmitEvent;
}

/** The contract's handlers, shared by both hosts; hosts only differ in transport. */
export function createHandlers({ store, clients, hostInfo, emit }: CoreDeps): Handlers {
  const announceProfiles = async (): Promise<void> => {
    emit('profiles.changed', { profiles: await store.list() });
  };

  return {
    'host.info': () => Promise.resolve(hostInfo),

    'profiles.list': () => store.list(),

    'profiles.save': async (draft) => {
      const saved = await store.save(draft);
      clients.forget(saved.id);
      await announceProfiles();
      return saved;
    },

    'profiles.delete': async ({ id }) => {
      await store.delete(id);
      clients.forget(id);
      await announceProfiles();
      return {};
    },

    'profiles.test': async (input, { signal }) => {
      if ('id' in input) return testConnection(await store.resolve(input.id), signal);
      const { draft } = input;
      let secretAccessKey = draft.secretAccessKey;
      if (secretAccessKey === undefined) {
        // Editing an existing profile without retyping the secret: test with the stored one.
        if (draft.id === undefined) {
          throw new AppError('InvalidInput', 'draft.secretAccessKey: is required', {
            fields: ['draft.secretAccessKey'],
          });
        }
        secretAccessKey = (await store.resolve(draft.id)).secretAccessKey;
      }
      return testConnection({ ...draft, secretAccessKey }, signal);
    },

    'buckets.list': async ({ profileId }, { signal }) =>
      listBuckets(await clients.get(profileId), signal),

    'objects.list': async ({ profileId, ...request }, { signal }) =>
      listObjectsPage(await clients.get(profileId), request, signal),
  };
}
