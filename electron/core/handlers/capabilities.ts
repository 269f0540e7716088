import type { capabilitiesChannels } from '../../../shared/contract/channels/capabilities.js';
import type { CoreDeps, DomainHandlers } from './deps.js';

export function capabilitiesHandlers(_deps: CoreDeps): DomainHandlers<typeof capabilitiesChannels> {
  return {};
}
