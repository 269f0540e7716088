import type {
  TransferJob,
  TransferProgress,
  TransferState,
} from '../../../../shared/domain/transfer-job.js';

/** A job as the panel shows it: the host's snapshot plus the rate only progress events carry. */
export interface TransferRow extends TransferJob {
  rateBytesPerSec: number | null;
  etaSeconds: number | null;
  /** When (ms, Date.now) a running job's bytes last moved; null while it is not running. */
  movedAt: number | null;
}

/**
 * A running job whose bytes have not moved for this long is shown as stalled. The host's idle
 * deadline (60 s by default) then ends the silent request and the part or range is retried.
 */
export const STALLED_AFTER_MS = 15_000;

export function isStalled(row: TransferRow, now: number): boolean {
  return (
    row.state === 'running' &&
    row.conflict === null &&
    row.movedAt !== null &&
    now - row.movedAt >= STALLED_AFTER_MS
  );
}

export function isFinished(state: TransferState): boolean {
  return state === 'succeeded' || state === 'canceled';
}

export function isActive(state: TransferState): boolean {
  return state === 'queued' || state === 'running';
}

/**
 * Cancelling aborts the requests in flight, and the host takes their bytes back: shown as they
 * are, the bar of a cancelled job would jump back. A cancelled job keeps the furthest progress
 * it showed; it is marked cancelled, so nobody reads those bytes as stored.
 */
function keptProgress(
  job: TransferJob,
  previous: TransferRow | undefined,
): Pick<TransferJob, 'bytesDone' | 'filesDone'> {
  if (job.state !== 'canceled' || previous === undefined)
    return { bytesDone: job.bytesDone, filesDone: job.filesDone };
  return {
    bytesDone: Math.max(job.bytesDone, previous.bytesDone),
    filesDone: Math.max(job.filesDone, previous.filesDone),
  };
}

/** A snapshot replaces what we had; the rate survives only while the job keeps running. */
export function rowFromJob(
  job: TransferJob,
  previous?: TransferRow,
  now: number = Date.now(),
): TransferRow {
  const keepRate = previous !== undefined && job.state === 'running';
  const still = keepRate && previous.movedAt !== null && previous.bytesDone === job.bytesDone;
  return {
    ...job,
    ...keptProgress(job, previous),
    rateBytesPerSec: keepRate ? previous.rateBytesPerSec : null,
    etaSeconds: keepRate ? previous.etaSeconds : null,
    movedAt: job.state !== 'running' ? null : still ? previous.movedAt : now,
  };
}

/** Folds snapshots (events, action replies) into the list; new jobs go to the end, as the host lists them. */
export function upsertJobs(
  rows: readonly TransferRow[],
  jobs: readonly TransferJob[],
): TransferRow[] {
  const next = [...rows];
  const index = new Map(next.map((row, i) => [row.id, i]));
  for (const job of jobs) {
    const at = index.get(job.id);
    if (at === undefined) {
      index.set(job.id, next.length);
      next.push(rowFromJob(job));
    } else {
      next[at] = rowFromJob(job, next[at]);
    }
  }
  return next;
}

/**
 * Folds snapshots from HTTP replies (enqueue, pause, …): they only add jobs
 * not seen yet. A known job's state comes from events, which are ordered; a
 * reply may arrive after newer events and would otherwise turn a finished
 * job back into a queued one.
 */
export function insertNewJobs(
  rows: readonly TransferRow[],
  jobs: readonly TransferJob[],
): TransferRow[] {
  const known = new Set(rows.map((row) => row.id));
  return upsertJobs(
    rows,
    jobs.filter((job) => !known.has(job.id)),
  );
}

/**
 * Applies a progress event; undefined when the job is not in the list yet
 * (the caller then asks the host again instead of inventing a row).
 */
export function applyProgress(
  rows: readonly TransferRow[],
  progress: TransferProgress,
  now: number = Date.now(),
): TransferRow[] | undefined {
  const at = rows.findIndex((row) => row.id === progress.id);
  const row = rows[at];
  if (row === undefined) return undefined;
  // A late event must not drag a finished or paused job's numbers back.
  if (!isActive(row.state)) return [...rows];
  const next = [...rows];
  next[at] = {
    ...row,
    bytesDone: progress.bytesDone,
    bytesTotal: progress.bytesTotal,
    filesDone: progress.filesDone ?? row.filesDone,
    filesTotal: progress.filesTotal ?? row.filesTotal,
    rateBytesPerSec: progress.rateBytesPerSec,
    etaSeconds: progress.etaSeconds,
    // A retry takes bytes back: that is movement too, the job is working on it.
    movedAt: progress.bytesDone === row.bytesDone && row.movedAt !== null ? row.movedAt : now,
  };
  return next;
}

/** What "Clear finished" leaves: failed jobs stay until retried or canceled, as on the host. */
export function withoutFinished(rows: readonly TransferRow[]): TransferRow[] {
  return rows.filter((row) => !isFinished(row.state));
}

export interface QueueSummary {
  active: number;
  paused: number;
  failed: number;
  finished: number;
}

export function summarize(rows: readonly TransferRow[]): QueueSummary {
  const summary: QueueSummary = { active: 0, paused: 0, failed: 0, finished: 0 };
  for (const row of rows) {
    if (isActive(row.state)) summary.active++;
    else if (row.state === 'paused') summary.paused++;
    else if (row.state === 'failed') summary.failed++;
    else summary.finished++;
  }
  return summary;
}

/**
 * The name people recognise: the file or folder name, not the whole key or path. Taken from the
 * key, which the host built from the file's name by its own OS's rules (the renderer cannot
 * tell whether a backslash in a local path separates folders or is part of a name).
 */
export function jobName(job: Pick<TransferJob, 'key'>): string {
  return (
    job.key
      .split('/')
      .filter((p) => p !== '')
      .at(-1) ?? '/'
  );
}

/** Which per-job actions apply in a state, mirroring the host's state machine. */
export function actionsFor(state: TransferState): ('pause' | 'resume' | 'retry' | 'cancel')[] {
  switch (state) {
    case 'queued':
    case 'running':
      return ['pause', 'cancel'];
    case 'paused':
      return ['resume', 'cancel'];
    case 'failed':
      return ['retry', 'cancel'];
    default:
      return [];
  }
}
