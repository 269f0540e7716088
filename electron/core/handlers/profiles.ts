import { AppError } from '../../../shared/contract/envelope.js';
import type { profileChannels } from '../../../shared/contract/channels/profiles.js';
import { testConnection } from '../services/connection-test.js';
import type { CoreDeps, DomainHandlers } from './deps.js';

export function profileHandlers({
  store,
  clients,
  hostInfo,
  emit,
}: CoreDeps): DomainHandlers<typeof profileChannels> {
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
  };
}
