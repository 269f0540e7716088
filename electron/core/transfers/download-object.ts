import { mkdir, open, rm, stat } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { S3Client } from '@aws-sdk/client-s3';
import { AppError } from '../../../shared/contract/envelope.js';
import type { DownloadCheck } from '../../../shared/domain/transfer-job.js';
import { createExclusiveTemp, moveIntoPlace } from '../fs/exclusive-temp.js';
import { DurableRanges } from './download-checkpoints.js';
import { PartDigests } from './download-digests.js';
import { covered, DEFAULT_RANGE_THRESHOLD, planDownload } from './download-plan.js';
import { fetchRange } from './download-range.js';
import type { Range } from './download-plan.js';
import { fetchSmallObject, SMALL_OBJECT_MAX } from './download-small.js';
import { verifyDownload } from './download-verify.js';
import type { TransferJournal } from './journal.js';
import { mapLimit } from './map-limit.js';
import type { RequestLimiter } from './request-limiter.js';
import type { RetryPolicy } from './retry.js';
import { unwritableReason } from './unwritable-item.js';

export interface DownloadSource {
  bucket: string;
  key: string;
  size: number;
  etag: string;
  /** One version of the object (the versions browser); the latest without it. */
  versionId?: string | undefined;
}

export interface DownloadContext {
  client: S3Client;
  limiter: RequestLimiter;
  journal: TransferJournal;
  jobId: string;
  signal: AbortSignal;
  rangeConcurrency: number;
  /** Objects at least this big are fetched as parallel ranges. */
  rangeThreshold?: number;
  retry?: RetryPolicy;
  onProgress(delta: number): void;
  /** The temporary file an earlier run created and journaled, if any. */
  temp?: string | undefined;
  /** Ranges [start, end) the journal says are already in that temporary file. */
  resume?: readonly { start: number; end: number }[];
  /** The destination may be replaced (overwrite was chosen); by default it must still be free. */
  replace?: boolean;
}

/** Bytes a later run cannot trust (or a name that cannot be written): the temporary file goes. */
function spoilsTemp(err: unknown): boolean {
  if (err instanceof AppError)
    return err.code === 'ChecksumMismatch' || err.code === 'ResponseTooLong';
  return unwritableReason(err) !== undefined;
}

/** Reopens the journaled temporary file, or creates a new one no other file can be. */
async function openTemp(
  destination: string,
  ctx: DownloadContext,
): Promise<{ path: string; file: FileHandle; resumed: boolean }> {
  if (ctx.temp !== undefined) {
    const file = await open(ctx.temp, 'r+').catch(() => undefined);
    if (file !== undefined) return { path: ctx.temp, file, resumed: true };
  }
  const created = await createExclusiveTemp(destination, (path) =>
    ctx.journal.record({ t: 'temp', id: ctx.jobId, path }),
  );
  return { ...created, resumed: false };
}

/**
 * Downloads one object to `destination` through a temporary file beside it, so the final name
 * only ever holds a complete, checked file. Returns the check that verified it. On failure the
 * temporary file stays only while it holds journaled ranges a later run will resume from.
 */
export async function downloadObject(
  source: DownloadSource,
  destination: string,
  ctx: DownloadContext,
): Promise<DownloadCheck> {
  // Most files land in a folder that exists (an earlier file of the same folder made it): the
  // folder is made only when the temporary file cannot be created for want of it.
  const {
    path: temp,
    file,
    resumed,
  } = await openTemp(destination, ctx).catch(async (err: unknown) => {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    await mkdir(dirname(destination), { recursive: true });
    return openTemp(destination, ctx);
  });
  const progress = { journaled: resumed && (ctx.resume ?? []).length > 0 };
  try {
    const check = await fillAndVerify(source, temp, file, resumed, ctx, progress);
    await moveIntoPlace(temp, destination, ctx.replace ?? false);
    return check;
  } catch (err) {
    // A corrupt file is worse than none, and one without journaled ranges is worth nothing.
    if (spoilsTemp(err) || !progress.journaled) await rm(temp, { force: true });
    throw err;
  }
}

async function fillAndVerify(
  source: DownloadSource,
  temp: string,
  file: FileHandle,
  resumed: boolean,
  ctx: DownloadContext,
  progress: { journaled: boolean },
): Promise<DownloadCheck> {
  const done = resumed ? (ctx.resume ?? []) : [];
  const plan = planDownload(
    source.size,
    source.etag,
    ctx.rangeThreshold ?? DEFAULT_RANGE_THRESHOLD,
  );
  const { ranges } = plan;
  const pending = ranges.filter((r) => !covered(r, done));
  ctx.onProgress(source.size - pending.reduce((sum, r) => sum + r.end - r.start, 0));
  const digests = plan.parts === undefined ? undefined : new PartDigests(plan.parts);
  const [only] = ranges;
  if (
    only !== undefined &&
    ranges.length === 1 &&
    pending.length === 1 &&
    source.size <= SMALL_OBJECT_MAX
  )
    return fillSmall(source, temp, file, resumed, ctx, digests, only);
  // A range is journaled as done only once its bytes are on disk, so a resume after a crash
  // never trusts bytes the OS had not written; the syncs run beside the download, never in its
  // way. A single range starts over anyway, and the checks below guard the final name.
  const checkpoints = new DurableRanges(
    {
      sync: () => file.datasync(),
      record: (range) => ctx.journal.record({ t: 'range', id: ctx.jobId, ...range }),
    },
    progress.journaled,
  );
  try {
    await file.truncate(source.size);
    await mapLimit(
      pending,
      ctx.rangeConcurrency,
      async (range, signal) => {
        await fetchRange(source, range, file, ctx, signal, digests?.hasher(range));
        if (ranges.length > 1) checkpoints.finished(range);
      },
      ctx.signal,
    );
    // The whole file is durable before it is checked and moved under its final name.
    await checkpoints.finish();
    // A pause that came while the last bytes were synced still stops the job; all is journaled.
    ctx.signal.throwIfAborted();
  } catch (err) {
    // The failure that stopped the download is the one to report, not a sync's after it; bytes
    // a later run cannot trust are not worth a sync.
    await (spoilsTemp(err) ? checkpoints.stop() : checkpoints.finish()).catch(() => undefined);
    throw err;
  } finally {
    progress.journaled = checkpoints.journaled;
    await file.close();
  }
  const written = (await stat(temp)).size;
  return verifyDownload(temp, written, source, ctx, digests);
}

/** A small object in one request and one write; a fresh temporary file needs no truncate. */
async function fillSmall(
  source: DownloadSource,
  temp: string,
  file: FileHandle,
  resumed: boolean,
  ctx: DownloadContext,
  digests: PartDigests | undefined,
  whole: Range,
): Promise<DownloadCheck> {
  try {
    if (resumed) await file.truncate(source.size);
    await fetchSmallObject(source, file, ctx, ctx.signal, digests?.hasher(whole));
  } finally {
    await file.close();
  }
  // Exactly size bytes were written at offset 0 of a file no longer than that.
  return verifyDownload(temp, source.size, source, ctx, digests);
}
