import type { corsChannels } from '../../../shared/contract/channels/cors.js';
import { testPreflight } from '../services/config/cors-preflight.js';
import type { CoreDeps, DomainHandlers } from './deps.js';

export function corsHandlers({ clients }: CoreDeps): DomainHandlers<typeof corsChannels> {
  return {
    'cors.testPreflight': async ({ profileId, bucket, ...request }, { signal }) =>
      testPreflight(await clients.get(profileId), bucket, request, signal),
  };
}
