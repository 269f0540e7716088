import type { folderSizeChannels } from '../../../shared/contract/channels/folder-size.js';
import type { CoreDeps, DomainHandlers } from './deps.js';

export function folderSizeHandlers(deps: CoreDeps): DomainHandlers<typeof folderSizeChannels> {
  return {
    // A host without the store has nothing remembered: every size is calculated anew.
    'folderSize.remembered': async (place) => (await deps.folderSizes?.get(place)) ?? null,
  };
}
