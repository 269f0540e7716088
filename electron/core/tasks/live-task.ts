import type { AppErrorShape } from '../../../shared/contract/envelope.js';
import { MAX_TASK_PROBLEMS } from '../../../shared/domain/task.js';
import type {
  TaskAction,
  TaskProblem,
  TaskRecord,
  TaskResult,
  TaskState,
} from '../../../shared/domain/task.js';
import { RateTracker } from '../transfers/progress-rate.js';
import type { JournaledTask } from './task-journal.js';
import type { SchedulerSpec } from './task-runner.js';

/** One task as the scheduler holds it: counts, rates and state, turned into records on demand. */
export class LiveTask {
  state: TaskState = 'queued';
  itemsDone = 0;
  bytesDone = 0;
  itemsTotal: number | null = null;
  bytesTotal: number | null = null;
  problems: TaskProblem[] = [];
  problemCount = 0;
  /** Set by the scheduler for kinds that find things. */
  results: { count: number; capped: boolean } | null = null;
  error: AppErrorShape | null = null;
  result: TaskResult | null = null;
  endedAt: string | null = null;
  /** The local folder a compare or sync works on; never part of the record. */
  local: string | undefined = undefined;
  /** When the running task last advanced, for telling it stalled. */
  lastAdvanceAt = 0;
  /** Whether the current run follows an earlier one (restart, resume, retry), set by begin. */
  resumed = false;
  #begun = false;
  readonly #items = new RateTracker();
  readonly #bytes = new RateTracker();

  constructor(
    readonly id: string,
    readonly spec: SchedulerSpec,
    readonly createdAt: string,
    readonly pausable: boolean,
  ) {}

  /** `spec`: the journaled spec, known to be one the scheduler runs. */
  static fromJournal(journaled: JournaledTask, spec: SchedulerSpec, pausable: boolean): LiveTask {
    const task = new LiveTask(journaled.id, spec, journaled.createdAt, pausable);
    task.local = journaled.local;
    task.itemsDone = journaled.itemsDone;
    task.bytesDone = journaled.bytesDone;
    task.problems = journaled.problems;
    task.problemCount = journaled.problemCount;
    task.state = journaled.paused ? 'paused' : 'queued';
    task.#begun = true;
    return task;
  }

  /** A run starts: rates start again from here. */
  begin(now: number): void {
    this.state = 'running';
    this.resumed = this.#begun;
    this.#begun = true;
    this.lastAdvanceAt = now;
    this.#items.reset();
    this.#bytes.reset();
    this.#items.sample(this.itemsDone, now);
    this.#bytes.sample(this.bytesDone, now);
  }

  advance(items: number, bytes: number, now: number): void {
    this.itemsDone += items;
    this.bytesDone += bytes;
    this.lastAdvanceAt = now;
    this.#items.sample(this.itemsDone, now);
    this.#bytes.sample(this.bytesDone, now);
  }

  addProblem(problem: TaskProblem): void {
    this.problemCount++;
    if (this.problems.length < MAX_TASK_PROBLEMS) this.problems.push(problem);
  }

  /** Queued again by Retry: the old failure and problems no longer describe it. */
  requeue(): void {
    this.state = 'queued';
    this.error = null;
    this.result = null;
    this.endedAt = null;
    this.problems = [];
    this.problemCount = 0;
  }

  record(): TaskRecord {
    const active = this.state === 'running' || this.state === 'stalled';
    const itemsPerSecond = active ? this.#items.bytesPerSec : 0;
    const bytesPerSecond = active ? this.#bytes.bytesPerSec : 0;
    return {
      id: this.id,
      spec: this.spec,
      state: this.state,
      itemsDone: this.itemsDone,
      itemsTotal: this.itemsTotal,
      bytesDone: this.bytesDone,
      bytesTotal: this.bytesTotal,
      itemsPerSecond,
      bytesPerSecond,
      etaSeconds: active ? this.#eta() : null,
      problems: [...this.problems],
      problemCount: this.problemCount,
      results: this.results === null ? null : { ...this.results },
      error: this.error,
      result: this.state === 'succeeded' ? this.result : null,
      controls: this.controls(),
      createdAt: this.createdAt,
      endedAt: this.endedAt,
      // Scheduler kinds ask nothing and carry no transfer details.
      question: null,
      transfer: null,
    };
  }

  controls(): TaskAction[] {
    switch (this.state) {
      case 'queued':
      case 'running':
      case 'stalled':
      case 'waiting':
        return this.pausable ? ['pause', 'cancel'] : ['cancel'];
      case 'paused':
        return ['resume', 'cancel'];
      // A failed task can also be given up, so Clear finished forgets it.
      case 'failed':
        return ['retry', 'cancel'];
      case 'canceled':
        return ['retry'];
      case 'succeeded':
        return [];
    }
  }

  #eta(): number | null {
    if (this.bytesTotal !== null) return this.#bytes.etaSeconds(this.bytesDone, this.bytesTotal);
    if (this.itemsTotal !== null) return this.#items.etaSeconds(this.itemsDone, this.itemsTotal);
    return null;
  }
}
