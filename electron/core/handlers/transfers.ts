import type { transfersChannels } from '../../../shared/contract/channels/transfers.js';
import { dirname } from 'node:path';
import { AppError } from '../../../shared/contract/envelope.js';
import { openDownloaded } from '../transfers/open-downloaded.js';
import type { TransferQueue } from '../transfers/transfer-queue.js';
import type { CoreDeps, DomainHandlers } from './deps.js';
import { localPaths } from './local-paths.js';

export function transfersHandlers(deps: CoreDeps): DomainHandlers<typeof transfersChannels> {
  const queue = (): TransferQueue => {
    if (deps.transfers === undefined)
      throw new AppError('Internal', 'Transfers are not available in this host.');
    return deps.transfers;
  };
  const local = localPaths(deps);
  return {
    'transfers.enqueueUpload': async ({ grants, ...request }, ctx) => {
      const paths: string[] = [];
      for (const grant of grants)
        paths.push(await local.resolve(ctx, grant, ['readFile', 'readTree']));
      return queue().enqueueUpload({ ...request, paths });
    },
    'transfers.enqueueDownload': async ({ destination, ...request }, ctx) => {
      const { path, use } = await local.resolveGrant(ctx, destination, [
        'writeFolder',
        'writeFile',
      ]);
      if (use === 'writeFolder')
        return queue().enqueueDownload({ ...request, destinationDir: path });
      return queue().enqueueDownload({
        ...asOneFile(request),
        destinationDir: dirname(path),
        destinationFile: path,
      });
    },
    'transfers.list': () => later(() => queue().list()),
    'transfers.pause': async (target) => queue().pause(target),
    'transfers.resume': async (target) => queue().resume(target),
    'transfers.cancel': async (target) => queue().cancel(target),
    'transfers.retry': async (target) => queue().retry(target),
    'transfers.clearFinished': () => later(() => ({ cleared: queue().clearFinished() })),
    'transfers.resolveConflict': async ({ id, choice, applyToAll }) =>
      queue().resolveConflict(id, choice, applyToAll),
    'transfers.openFile': ({ id }) => openDownloaded(queue().get(id), id, deps.openWithApp),
    'transfers.settings.get': () => later(() => queue().settings()),
    'transfers.settings.set': (change) => later(() => queue().setSettings(stripUndefined(change))),
    'transfers.orphans.list': () => later(() => queue().orphans()),
    'transfers.orphans.cleanup': async (selection) => queue().cleanupOrphans(selection),
  };
}

/** A file grant (a save dialog's "Download as…") takes exactly one object, to that file. */
function asOneFile<T extends { keys?: string[] | undefined; prefix?: string | undefined }>(
  request: T,
): T {
  const [key, ...more] = request.keys ?? [];
  if (key === undefined || more.length > 0 || request.prefix !== undefined || key.endsWith('/'))
    throw new AppError(
      'InvalidInput',
      'A file chosen with "Download as…" takes exactly one object, not folders or several.',
    );
  return request;
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
