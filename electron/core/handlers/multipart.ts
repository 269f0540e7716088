import type { multipartChannels } from '../../../shared/contract/channels/multipart.js';
import type { CoreDeps, DomainHandlers } from './deps.js';

export function multipartHandlers(_deps: CoreDeps): DomainHandlers<typeof multipartChannels> {
  return {};
}
