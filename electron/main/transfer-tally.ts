import type {
  TransferJob,
  TransferProgress,
  TransferState,
} from '../../shared/domain/transfer-job.js';

/** What the taskbar or dock shows: no bar, a fraction done, or a bar that moves without one. */
export type TaskbarProgress =
  { kind: 'none' } | { kind: 'fraction'; value: number } | { kind: 'indeterminate' };

interface Tallied {
  state: TransferState;
  bytesDone: number;
  bytesTotal: number;
  totalsKnown: boolean;
}

const isActive = (state: TransferState) => state === 'queued' || state === 'running';

/**
 * One bar over every transfer running at once, from the events main already sends the window.
 * Jobs count from the moment the first starts until none is left queued or running, finished
 * ones at their full size, so the bar never runs backwards when one of several finishes.
 * A failed or canceled job leaves the sum: its bytes will not be done.
 */
export class TransferTally {
  readonly #batch = new Map<string, Tallied>();

  observeState(job: TransferJob): void {
    if (job.state === 'failed' || job.state === 'canceled') this.#batch.delete(job.id);
    else if (isActive(job.state) || this.#batch.has(job.id))
      this.#batch.set(job.id, {
        state: job.state,
        bytesDone: job.state === 'succeeded' ? job.bytesTotal : job.bytesDone,
        bytesTotal: job.bytesTotal,
        totalsKnown: job.totalsKnown,
      });
    if (![...this.#batch.values()].some((j) => isActive(j.state))) this.#batch.clear();
  }

  observeProgress(progress: TransferProgress): void {
    const job = this.#batch.get(progress.id);
    if (job === undefined || !isActive(job.state)) return;
    job.bytesDone = progress.bytesDone;
    job.bytesTotal = progress.bytesTotal;
  }

  progress(): TaskbarProgress {
    if (this.#batch.size === 0) return { kind: 'none' };
    let done = 0;
    let total = 0;
    for (const job of this.#batch.values()) {
      // A folder still being counted has totals that only grow: no honest fraction yet.
      if (!job.totalsKnown && isActive(job.state)) return { kind: 'indeterminate' };
      done += Math.max(0, Math.min(job.bytesDone, job.bytesTotal));
      total += Math.max(0, job.bytesTotal);
    }
    if (!Number.isFinite(total) || total <= 0) return { kind: 'indeterminate' };
    return { kind: 'fraction', value: Math.min(1, done / total) };
  }
}
