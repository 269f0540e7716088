import type { tasksChannels } from '../../../shared/contract/channels/tasks.js';
import { MAX_RESULTS_PAGE } from '../../../shared/domain/search.js';
import { AppError } from '../../../shared/contract/envelope.js';
import type { TaskScheduler } from '../tasks/task-scheduler.js';
import type { CoreDeps, DomainHandlers } from './deps.js';
import { localPaths } from './local-paths.js';
import type { GrantUse } from '../../../shared/domain/local-grant.js';
import { writesRemote } from '../../../shared/domain/sync.js';
import type { CompareSpec, SyncSpec } from '../../../shared/domain/sync.js';

/**
 * A compare reads names and sizes, which a download folder's grant already lets the app see;
 * sending a folder's contents needs a grant to read it, writing into it one to write.
 */
function folderUses(spec: CompareSpec | SyncSpec): GrantUse[] {
  if (spec.kind === 'compare' || spec.dryRun) return ['readTree', 'writeFolder'];
  return writesRemote(spec.direction) ? ['readTree'] : ['writeFolder'];
}

export function tasksHandlers(deps: CoreDeps): DomainHandlers<typeof tasksChannels> {
  const scheduler = (): TaskScheduler => {
    if (deps.tasks === undefined)
      throw new AppError('Internal', 'Tasks are not available in this host.');
    return deps.tasks;
  };
  const local = localPaths(deps);
  return {
    'tasks.start': async (spec, ctx) =>
      spec.kind === 'compare' || spec.kind === 'sync'
        ? scheduler().start(spec, await local.resolve(ctx, spec.folder, folderUses(spec)))
        : scheduler().start(spec),
    'tasks.list': async () => scheduler().list(),
    'tasks.results': async ({ id, cursor, limit }) =>
      scheduler().results(id, cursor, limit ?? MAX_RESULTS_PAGE),
    'tasks.control': async ({ id, action }) => scheduler().control(id, action),
  };
}
