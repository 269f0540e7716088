import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { AppError } from '../../shared/contract/envelope.js';
import { bucketNameSchema } from '../../shared/domain/listing.js';
import { objectKeySchema } from '../../shared/domain/object-key.js';
import { profileIdSchema } from '../../shared/domain/profile.js';
import type { TransferJob } from '../../shared/domain/transfer-job.js';
import type { TransferQueue } from '../core/transfers/transfer-queue.js';
import type { JobEnds } from './job-ends.js';

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
  transfers: Pick<TransferQueue, 'enqueueDownload'>;
  jobEnds: JobEnds;
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

function failure(job: TransferJob): string | undefined {
  if (job.state !== 'succeeded') return `${job.key}: ${job.error?.message ?? job.state}`;
  if (job.skippedCount > 0) return `${job.key}: skipped`;
  return undefined;
}

/**
 * Downloads the objects into a new private folder through the transfer queue (so they show in
 * the transfers panel and are verified as every download is) and answers the files, ready for
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
    const { jobs, refused } = await deps.transfers.enqueueDownload({
      ...parsed.data,
      conflict: 'overwrite',
      destinationDir: folder,
    });
    if (refused.length > 0)
      throw new AppError(
        'InvalidInput',
        `Cannot drag out ${refused.map((r) => `${r.key} (${r.reason})`).join(', ')}`,
      );
    const ended = await Promise.all(
      jobs.map((job) => deps.jobEnds.ended(job, DOWNLOAD_DEADLINE_MS)),
    );
    const problems = ended.map(failure).filter((p) => p !== undefined);
    if (problems.length > 0)
      throw new AppError('LocalFileError', `The drag was given up: ${problems.join('; ')}`);
    setTimeout(() => void rm(folder, { recursive: true, force: true }), KEEP_COPIES_MS).unref();
    return ended.map((job) => job.localPath);
  } catch (err) {
    await rm(folder, { recursive: true, force: true });
    throw err;
  }
}
