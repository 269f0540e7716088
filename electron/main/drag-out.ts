import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { AppError } from '../../shared/contract/envelope.js';
import { bucketNameSchema } from '../../shared/domain/listing.js';
import { objectKeySchema } from '../../shared/domain/object-key.js';
import { profileIdSchema } from '../../shared/domain/profile.js';
import type { TaskRecord } from '../../shared/domain/task.js';
import { NO_GRANT } from '../core/transfers/transfer-task-facts.js';
import type { TransferTasks } from '../core/transfers/transfer-tasks.js';

/** At most this many files in one drag: a drag is a gesture, not a bulk download. */
const MAX_DRAGGED = 100;
/** How long a drag's download may run before the drag is given up. */
const DOWNLOAD_DEADLINE_MS = 60 * 60 * 1000;
/** The dragged copies stay this long (the drop target may copy them lazily), then go. */
const KEEP_COPIES_MS = 10 * 60 * 1000;

/** What the page asks to drag: objects by reference, never a local path. Folders are left out. */
export const dragOutSchema = z
  .object({
    profileId: profileIdSchema,
    bucket: bucketNameSchema,
    keys: z
      .array(
        objectKeySchema.refine(
          (key) => !key.endsWith('/'),
          'is a folder: only files can be dragged out',
        ),
      )
      .min(1)
      .max(MAX_DRAGGED),
  })
  .strict();

export interface DragOutDeps {
  transfers: Pick<TransferTasks, 'startDownload' | 'ended' | 'jobsOf' | 'control'>;
  /** The app data folder: the dragged copies go to a private folder inside it. */
  appDataDir: string;
}

/** The folder every drag's copies sit under; nothing else is ever written there. */
export function dragOutRoot(appDataDir: string): string {
  return join(appDataDir, 'drag-out');
}

/** At quit (and at start, for a run that died): no dragged copy outlives the app. */
export function removeDraggedCopies(appDataDir: string): void {
  rmSync(dragOutRoot(appDataDir), { recursive: true, force: true });
}

function failure(task: TaskRecord): string | undefined {
  const named = task.problems.map((p) => `${p.item}: ${p.message}`).join('; ');
  if (task.state !== 'succeeded') return named || (task.error?.message ?? task.state);
  if ((task.transfer?.skipped ?? 0) > 0) return 'skipped';
  return undefined;
}

/** The task's end, or a rejection once the deadline passes: a forgotten pause must not hang. */
async function endOf(transfers: DragOutDeps['transfers'], id: string): Promise<TaskRecord> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new AppError('Canceled', 'The download for the drag did not finish in time.')),
      DOWNLOAD_DEADLINE_MS,
    );
    timer.unref();
  });
  try {
    return await Promise.race([transfers.ended(id), deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Downloads the objects into a new private folder as one download task (so it shows in the
 * activity panel and is verified as every download is) and answers the files, ready for
 * webContents.startDrag. A download that fails or is canceled fails the drag, and its folder goes.
 */
export async function downloadForDrag(deps: DragOutDeps, request: unknown): Promise<string[]> {
  const parsed = dragOutSchema.safeParse(request);
  if (!parsed.success)
    throw new AppError(
      'InvalidInput',
      `Cannot drag these objects out: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`,
    );
  const folder = join(dragOutRoot(deps.appDataDir), randomUUID());
  await mkdir(folder, { recursive: true });
  try {
    // The host picked the folder itself: no grant stands for it.
    const started = await deps.transfers.startDownload(
      { kind: 'download', ...parsed.data, destination: NO_GRANT, conflict: 'overwrite' },
      { folder },
    );
    const refused = started.problems.filter((p) => p.code === 'Refused');
    if (refused.length > 0) {
      await deps.transfers.control(started.id, 'cancel').catch(() => undefined);
      throw new AppError(
        'InvalidInput',
        `Cannot drag out ${refused.map((r) => `${r.item} (${r.message})`).join(', ')}`,
      );
    }
    const ended = await endOf(deps.transfers, started.id);
    const problem = failure(ended);
    if (problem !== undefined)
      throw new AppError('LocalFileError', `The drag was given up: ${problem}`);
    setTimeout(() => void rm(folder, { recursive: true, force: true }), KEEP_COPIES_MS).unref();
    return deps.transfers.jobsOf(started.id).map((job) => job.localPath);
  } catch (err) {
    await rm(folder, { recursive: true, force: true });
    throw err;
  }
}
