import type { syncPairsChannels } from '../../../shared/contract/channels/sync-pairs.js';
import { AppError } from '../../../shared/contract/envelope.js';
import type { CallContext } from '../../../shared/contract/handlers.js';
import { writesRemote } from '../../../shared/domain/sync.js';
import type { SyncPair } from '../../../shared/domain/sync.js';
import type { StoredSyncPair, SyncPairStore } from '../tasks/sync-pair-store.js';
import type { CoreDeps, DomainHandlers } from './deps.js';
import { localPaths } from './local-paths.js';

export function syncPairsHandlers(deps: CoreDeps): DomainHandlers<typeof syncPairsChannels> {
  const store = (): SyncPairStore => {
    if (deps.syncPairs === undefined)
      throw new AppError('UnavailableInHost', 'Saved sync pairs are not available in this host.');
    return deps.syncPairs;
  };
  const local = localPaths(deps);
  /**
   * The user chose this folder for this pair when saving it: the pair hands the caller a grant
   * of the use its direction needs, and nothing else of the path but its text to show.
   */
  const withGrant = async (pair: StoredSyncPair, ctx: CallContext): Promise<SyncPair> => {
    const scope = local.scopeOf(ctx);
    const grants = local.registry();
    const grant = await (
      writesRemote(pair.direction)
        ? grants.issueRead(scope, pair.path)
        : grants.issueWrite(scope, pair.path)
    ).catch(() => null);
    return { ...pair, grant };
  };
  return {
    'syncPairs.list': async (_input, ctx) =>
      Promise.all((await store().list()).map((pair) => withGrant(pair, ctx))),
    'syncPairs.save': async ({ folder, ...pair }, ctx) => {
      const path = await local.resolve(ctx, folder, ['readTree', 'writeFolder']);
      return withGrant(await store().save({ ...pair, path }), ctx);
    },
    'syncPairs.delete': async ({ id }) => ({ deleted: await store().delete(id) }),
  };
}
