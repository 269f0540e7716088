import type { connectionFileChannels } from '../../../shared/contract/channels/connection-files.js';
import {
  exportConnections,
  exportPathInFolder,
  importConnectionFile,
  previewConnectionFile,
} from '../connection-files/connection-files.js';
import { AppError } from '../../../shared/contract/envelope.js';
import type { CoreDeps, DomainHandlers } from './deps.js';
import { localPaths } from './local-paths.js';

/** Export and import of `.holdall-connections.json` files, through the host's grants only. */
export function connectionFileHandlers(
  deps: CoreDeps,
): DomainHandlers<typeof connectionFileChannels> {
  const { store, emit, clients } = deps;
  const paths = localPaths(deps);
  return {
    'profiles.exportFile': async ({ ids, grant, fileName, passphrase }, ctx) => {
      const granted = await paths.resolveGrant(ctx, grant, ['writeFile', 'writeFolder']);
      let path = granted.path;
      if (granted.use === 'writeFolder') {
        if (fileName === undefined)
          throw new AppError('InvalidInput', 'fileName: is required to write into a folder', {
            fields: ['fileName'],
          });
        path = await exportPathInFolder(granted.path, fileName);
      }
      return { path, ...(await exportConnections(store, ids, path, passphrase)) };
    },

    'profiles.previewFile': async ({ grant }, ctx) =>
      previewConnectionFile(store, await paths.resolve(ctx, grant, ['readFile'])),

    'profiles.importFile': async ({ grant, passphrase, onClash }, ctx) => {
      const path = await paths.resolve(ctx, grant, ['readFile']);
      const result = await importConnectionFile(store, path, passphrase, onClash);
      if (result.imported.length > 0)
        emit('profiles.changed', { profiles: await clients.withSignIn(await store.list()) });
      return result;
    },
  };
}
