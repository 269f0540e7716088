import type { transfersChannels } from '../../../shared/contract/channels/transfers.js';
import type { CoreDeps, DomainHandlers } from './deps.js';

export function transfersHandlers(_deps: CoreDeps): DomainHandlers<typeof transfersChannels> {
  return {};
}
