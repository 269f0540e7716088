import { taskEnded } from '../../../shared/domain/task.js';
import type { TaskRecord, TaskState } from '../../../shared/domain/task.js';
import type { TransferJob } from '../../../shared/domain/transfer-job.js';
import { RateTracker } from './progress-rate.js';
import { ProgressThrottle } from './progress-throttle.js';
import {
  countJob,
  emptyCounts,
  transferTaskRecord,
  transferTaskState,
} from './transfer-task-record.js';
import type { JobCounts, TransferTaskFacts } from './transfer-task-record.js';

/**
 * One upload or download task as TransferTasks holds it: the last snapshot of each of its jobs
 * (kept current by the engine's events), counts by state so a state change is told at once,
 * and rates over the whole task.
 */
export class LiveTransferTask {
  /** Job id → its last snapshot, in the order the jobs were made. */
  readonly jobs = new Map<string, TransferJob>();
  /** Jobs whose bytes moved since the last record: their snapshots are read again. */
  readonly moved = new Set<string>();
  readonly counts: JobCounts = emptyCounts();
  readonly throttle: ProgressThrottle;
  /** When the bytes or files last advanced, for telling it stalled. */
  lastAdvanceAt = performance.now();
  stalled = false;
  endedAt: string | null = null;
  /** The state of the last snapshot sent. */
  sentState: TaskState | undefined;
  #lastDone = -1;
  readonly #bytes = new RateTracker();
  readonly #items = new RateTracker();

  constructor(
    readonly facts: TransferTaskFacts,
    intervalMs: number,
    send: () => void,
  ) {
    this.throttle = new ProgressThrottle(intervalMs, send);
  }

  get id(): string {
    return this.facts.id;
  }

  /** The state from the counts alone: cheap enough for every job event. */
  state(): TaskState {
    return transferTaskState(this.counts, this.stalled);
  }

  setJob(job: TransferJob): void {
    const before = this.jobs.get(job.id);
    if (before !== undefined) countJob(this.counts, before, -1);
    countJob(this.counts, job, 1);
    this.jobs.set(job.id, job);
    this.moved.delete(job.id);
  }

  forgetJob(id: string): void {
    const before = this.jobs.get(id);
    if (before === undefined) return;
    countJob(this.counts, before, -1);
    this.jobs.delete(id);
  }

  /**
   * The record now; `fresh` reads a moved job's snapshot again. Samples the rates, notes an
   * advance (which ends a stall) and stamps the end when the task ends.
   */
  record(fresh: (jobId: string) => TransferJob | undefined): TaskRecord {
    for (const id of this.moved) {
      const job = fresh(id);
      if (job !== undefined) this.setJob(job);
    }
    this.moved.clear();
    const jobs = [...this.jobs.values()];
    const now = performance.now();
    let done = 0;
    let files = 0;
    for (const job of jobs) {
      done += job.bytesDone;
      files += job.filesDone;
    }
    if (done + files !== this.#lastDone) {
      this.#lastDone = done + files;
      this.lastAdvanceAt = now;
      this.stalled = false;
    }
    const state = this.state();
    if (state === 'running' || state === 'stalled' || state === 'waiting') {
      this.#bytes.sample(done, now);
      this.#items.sample(files, now);
    } else {
      this.#bytes.reset();
      this.#items.reset();
    }
    if (!taskEnded(state)) this.endedAt = null;
    else this.endedAt ??= new Date().toISOString();
    return transferTaskRecord(this.facts, jobs, {
      bytesPerSecond: Math.round(this.#bytes.bytesPerSec),
      itemsPerSecond: this.#items.bytesPerSec,
      stalled: this.stalled,
      endedAt: this.endedAt,
    });
  }
}
