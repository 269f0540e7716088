import { homedir } from 'node:os';
import type { folderChannels } from '../../../shared/contract/channels/folders.js';
import { AppError } from '../../../shared/contract/envelope.js';
import { FolderPicker } from '../services/folder-picker.js';
import type { CoreDeps, DomainHandlers } from './deps.js';
import { localPaths } from './local-paths.js';

export function folderHandlers(deps: CoreDeps): DomainHandlers<typeof folderChannels> {
  const root = new FolderPicker(deps.homeDir ?? homedir());
  const picker = async (): Promise<FolderPicker> => {
    if (deps.folderPicker !== true)
      throw new AppError('GrantRefused', 'This app picks folders with its own dialog.', {
        reason: 'noPicker',
      });
    return Promise.resolve(root);
  };
  const local = localPaths(deps);
  return {
    'folders.list': async ({ under }) => (await picker()).list(under),
    'folders.grant': async ({ under, use }, ctx) => {
      const path = await (await picker()).locate(under);
      const registry = local.registry();
      const scope = local.scopeOf(ctx);
      const grant =
        use === 'read'
          ? await registry.issueRead(scope, path)
          : await registry.issueWrite(scope, path);
      return { grant, path };
    },
  };
}
