import type { tasksChannels } from '../../../shared/contract/channels/tasks.js';
import { MAX_RESULTS_PAGE } from '../../../shared/domain/search.js';
import { AppError } from '../../../shared/contract/envelope.js';
import type { TaskScheduler } from '../tasks/task-scheduler.js';
import type { CoreDeps, DomainHandlers } from './deps.js';

export function tasksHandlers(deps: CoreDeps): DomainHandlers<typeof tasksChannels> {
  const scheduler = (): TaskScheduler => {
    if (deps.tasks === undefined)
      throw new AppError('Internal', 'Tasks are not available in this host.');
    return deps.tasks;
  };
  return {
    'tasks.start': async (spec) => scheduler().start(spec),
    'tasks.list': async () => scheduler().list(),
    'tasks.results': async ({ id, cursor, limit }) =>
      scheduler().results(id, cursor, limit ?? MAX_RESULTS_PAGE),
    'tasks.control': async ({ id, action }) => scheduler().control(id, action),
  };
}
