import type { capabilitiesChannels } from '../../../shared/contract/channels/capabilities.js';
import { CapabilitiesCache } from '../services/capabilities-cache.js';
import type { CoreDeps, DomainHandlers } from './deps.js';

export function capabilitiesHandlers({
  clients,
}: CoreDeps): DomainHandlers<typeof capabilitiesChannels> {
  // One cache per core: it lives as long as the client pool it keys on.
  const cache = new CapabilitiesCache();
  return {
    'capabilities.probe': async (request, { signal }) =>
      cache.get(await clients.session(request.profileId), request, signal),
  };
}
