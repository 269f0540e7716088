import type { objectChannels } from '../../../shared/contract/channels/objects.js';
import { listObjectsPage } from '../services/objects.js';
import type { CoreDeps, DomainHandlers } from './deps.js';

export function objectHandlers({ clients }: CoreDeps): DomainHandlers<typeof objectChannels> {
  return {
    'objects.list': async ({ profileId, ...request }, { signal }) =>
      listObjectsPage(await clients.get(profileId), request, signal),
  };
}
