import { homedir } from 'node:os';
import type { folderChannels } from '../../../shared/contract/channels/folders.js';
import { FolderPicker } from '../services/folder-picker.js';
import type { CoreDeps, DomainHandlers } from './deps.js';
import { localPaths } from './local-paths.js';

export function folderHandlers(deps: CoreDeps): DomainHandlers<typeof folderChannels> {
  const picker = new FolderPicker(deps.homeDir ?? homedir());
  const local = localPaths(deps);
  return {
    'folders.list': ({ under }) => picker.list(under),
    'folders.grant': async ({ under }, ctx) => {
      const path = await picker.locate(under);
      return { grant: await local.registry().issueWrite(local.scopeOf(ctx), path), path };
    },
  };
}
