import type { tasksChannels } from '../../../shared/contract/channels/tasks.js';
import type { CallContext } from '../../../shared/contract/handlers.js';
import { MAX_RESULTS_PAGE } from '../../../shared/domain/search.js';
import { AppError } from '../../../shared/contract/envelope.js';
import type { TaskRecord } from '../../../shared/domain/task.js';
import type { TransferTaskSpec } from '../../../shared/domain/transfer-task.js';
import type { TaskScheduler } from '../tasks/task-scheduler.js';
import type { TransferTasks } from '../transfers/transfer-tasks.js';
import type { CoreDeps, DomainHandlers } from './deps.js';
import { localPaths } from './local-paths.js';
import type { LocalPaths } from './local-paths.js';
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

/** A file grant (a save dialog's "Download as…") takes exactly one object, to that file. */
function assertOneFile(spec: { keys?: string[] | undefined; prefix?: string | undefined }): void {
  const [key, ...more] = spec.keys ?? [];
  if (key === undefined || more.length > 0 || spec.prefix !== undefined || key.endsWith('/'))
    throw new AppError(
      'InvalidInput',
      'A file chosen with "Download as…" takes exactly one object, not folders or several.',
    );
}

/** Uploads and downloads go to the transfer engine, their grants resolved to local paths. */
async function startTransfer(
  transfers: TransferTasks,
  local: LocalPaths,
  spec: TransferTaskSpec,
  ctx: CallContext,
): Promise<TaskRecord> {
  if (spec.kind === 'upload') {
    const paths: string[] = [];
    for (const grant of spec.grants)
      paths.push(await local.resolve(ctx, grant, ['readFile', 'readTree']));
    return transfers.startUpload(spec, paths);
  }
  const { path, use } = await local.resolveGrant(ctx, spec.destination, [
    'writeFolder',
    'writeFile',
  ]);
  if (use === 'writeFolder') return transfers.startDownload(spec, { folder: path });
  assertOneFile(spec);
  return transfers.startDownload(spec, { file: path });
}

/** Both owners' tasks as one list, oldest first (ids are random; creation times order them). */
function byCreation(tasks: TaskRecord[]): TaskRecord[] {
  return tasks.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

export function tasksHandlers(deps: CoreDeps): DomainHandlers<typeof tasksChannels> {
  const scheduler = (): TaskScheduler => {
    if (deps.tasks === undefined)
      throw new AppError('Internal', 'Tasks are not available in this host.');
    return deps.tasks;
  };
  const transfers = (): TransferTasks => {
    if (deps.transferTasks === undefined)
      throw new AppError('Internal', 'Transfers are not available in this host.');
    return deps.transferTasks;
  };
  /** Whether the transfer engine owns the task; any other id is the scheduler's to answer. */
  const isTransfer = (id: string): boolean => deps.transferTasks?.has(id) === true;
  const local = localPaths(deps);
  return {
    'tasks.start': async (spec, ctx) => {
      if (spec.kind === 'upload' || spec.kind === 'download')
        return startTransfer(transfers(), local, spec, ctx);
      return spec.kind === 'compare' || spec.kind === 'sync'
        ? scheduler().start(spec, await local.resolve(ctx, spec.folder, folderUses(spec)))
        : scheduler().start(spec);
    },
    'tasks.list': async () =>
      byCreation([...(await scheduler().list()), ...((await deps.transferTasks?.list()) ?? [])]),
    'tasks.results': async ({ id, cursor, limit }) =>
      scheduler().results(id, cursor, limit ?? MAX_RESULTS_PAGE),
    'tasks.control': async ({ id, action }) =>
      isTransfer(id) ? transfers().control(id, action) : scheduler().control(id, action),
    'tasks.answer': async ({ id, choice, applyToAll }) => {
      if (isTransfer(id)) return transfers().answer(id, choice, applyToAll);
      // Only transfers ask; another kind's task is refused naming its state.
      const task = (await scheduler().list()).find((t) => t.id === id);
      if (task === undefined) throw new AppError('TaskNotFound', `No task has the id ${id}.`);
      throw new AppError('InvalidInput', `id: a ${task.state} task asks nothing.`, {
        fields: { id: `a ${task.state} task asks nothing` },
      });
    },
    'tasks.controlAll': async ({ action }) =>
      byCreation([
        ...(await scheduler().controlAll(action)),
        ...((await deps.transferTasks?.controlAll(action)) ?? []),
      ]),
    'tasks.clearFinished': async () => ({
      cleared:
        (await scheduler().clearFinished()) + ((await deps.transferTasks?.clearFinished()) ?? 0),
    }),
  };
}
