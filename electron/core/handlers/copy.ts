import type { copyChannels } from '../../../shared/contract/channels/copy.js';
import { copyObject } from '../services/copy-object.js';
import type { CoreDeps, DomainHandlers } from './deps.js';

export function copyHandlers({ clients }: CoreDeps): DomainHandlers<typeof copyChannels> {
  return {
    'objects.copy': async ({ profileId, ...request }, { signal }) =>
      copyObject(await clients.session(profileId), request, { signal }),
  };
}
