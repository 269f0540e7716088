import type { configChannels } from '../../../shared/contract/channels/config.js';
import type { CoreDeps, DomainHandlers } from './deps.js';

export function configHandlers(_deps: CoreDeps): DomainHandlers<typeof configChannels> {
  return {};
}
