import { AppError } from '../../../shared/contract/envelope.js';
import type { credentialsChannels } from '../../../shared/contract/channels/credentials.js';
import type { CoreDeps, DomainHandlers } from './deps.js';

export function credentialsHandlers({
  mfaPrompts,
  clients,
}: CoreDeps): DomainHandlers<typeof credentialsChannels> {
  return {
    'credentials.answer': (input) => {
      const code = 'code' in input ? input.code : undefined;
      if (mfaPrompts?.answer(input.requestId, code) !== true) {
        return Promise.reject(
          new AppError(
            'InvalidInput',
            'No sign-in is waiting for this code any more: it was answered, canceled or timed out.',
          ),
        );
      }
      return Promise.resolve({});
    },
    'credentials.signIn': async ({ profileId }) => {
      await clients.signIn(profileId);
      return {};
    },
    'credentials.signOut': async ({ profileId }) => {
      await clients.signOut(profileId);
      return {};
    },
  };
}
