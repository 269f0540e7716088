import type { transfersChannels } from '../../../shared/contract/channels/transfers.js';
import { AppError } from '../../../shared/contract/envelope.js';
import { openDownloaded } from '../transfers/open-downloaded.js';
import type { TransferQueue } from '../transfers/transfer-queue.js';
import type { CoreDeps, DomainHandlers } from './deps.js';

/** Uploads and downloads themselves are tasks (see tasks.ts); these are the engine's settings. */
export function transfersHandlers(deps: CoreDeps): DomainHandlers<typeof transfersChannels> {
  const queue = (): TransferQueue => {
    if (deps.transfers === undefined)
      throw new AppError('Internal', 'Transfers are not available in this host.');
    return deps.transfers;
  };
  return {
    // The task of one downloaded file: its one job wrote the file the host opens.
    'transfers.openFile': async ({ id }) => {
      const tasks = deps.transferTasks;
      if (tasks?.has(id) !== true) throw new AppError('TaskNotFound', `No task has the id ${id}.`);
      const jobs = tasks.jobsOf(id);
      if (jobs.length !== 1)
        throw new AppError(
          'InvalidInput',
          'Only a download of one file can be opened with its app.',
        );
      return openDownloaded(jobs[0], id, deps.openWithApp);
    },
    'transfers.settings.get': () => later(() => queue().settings()),
    'transfers.settings.set': (change) => later(() => queue().setSettings(stripUndefined(change))),
    'transfers.orphans.list': () => later(() => queue().orphans()),
    'transfers.orphans.cleanup': async (selection) => queue().cleanupOrphans(selection),
  };
}

/** Runs sync queue calls so that a throw becomes a rejection, as for every other handler. */
function later<T>(work: () => T): Promise<T> {
  return Promise.resolve().then(work);
}

/** Partial input may carry explicit undefineds; settings must not take them as values. */
function stripUndefined<T extends object>(value: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };
}
