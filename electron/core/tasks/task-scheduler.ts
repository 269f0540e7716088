import { randomBytes } from 'node:crypto';
import { AppError } from '../../../shared/contract/envelope.js';
import type { AppErrorShape } from '../../../shared/contract/envelope.js';
import { taskEnded } from '../../../shared/domain/task.js';
import type { TaskAction, TaskRecord } from '../../../shared/domain/task.js';
import { ProgressThrottle } from '../transfers/progress-throttle.js';
import { MAX_SEARCH_MATCHES } from '../../../shared/domain/search.js';
import { LiveTask } from './live-task.js';
import { TaskResults } from './task-results.js';
import type { ResultsPage } from './task-results.js';
import { TaskJournal } from './task-journal.js';
import { isSchedulerSpec } from './task-runner.js';
import type { SchedulerSpec, TaskContext, TaskRunner, TaskRunners } from './task-runner.js';

export interface TaskSchedulerOptions {
  /** Where tasks.jsonl lives: the app data folder, so a restart resumes. */
  journalDir: string;
  runners: TaskRunners;
  onSnapshot: (record: TaskRecord) => void;
  /** Turns what a runner threw (other than an AppError) into the error value the record carries. */
  toError: (err: unknown) => AppErrorShape;
  /** Tasks running at once; the rest wait in start order. */
  concurrency?: number;
  /** A running task that advanced for this long shows as stalled. */
  stallAfterMs?: number;
  /** How long a control waits for a running task to stop before answering. */
  stopWaitMs?: number;
  /** Results a finding task keeps before it stops (tests use a small one). */
  resultCap?: number;
  /** A journal line that could not be written: the task goes on, its resume is less exact. */
  onJournalError?: (err: unknown) => void;
}

type StopReason = 'cancel' | 'pause' | 'close';

interface Run {
  abort: AbortController;
  reason: StopReason | undefined;
  settled: Promise<void>;
  snapshots: ProgressThrottle;
  checkpoints: ProgressThrottle;
}

const SNAPSHOT_MS = 250;
const CHECKPOINT_MS = 1_000;
/** Ended tasks kept for tasks.list; older ones are forgotten (the journal already has). */
const KEPT_ENDED = 200;

/**
 * Owns every task: ids, the queue, states, controls, progress and the journal. It knows no S3;
 * per-kind runners do the work (see task-runner.ts).
 */
export class TaskScheduler {
  readonly #options: Required<TaskSchedulerOptions>;
  /** Insertion order is start order: the queue is the queued tasks in this order. */
  readonly #tasks = new Map<string, LiveTask>();
  readonly #runs = new Map<string, Run>();
  #journal: Promise<TaskJournal> | undefined;
  #stallTimer: ReturnType<typeof setInterval> | undefined;
  #closed = false;
  readonly #results: TaskResults;

  constructor(options: TaskSchedulerOptions) {
    this.#options = {
      concurrency: 2,
      stallAfterMs: 60_000,
      stopWaitMs: 10_000,
      onJournalError: (err) => {
        process.stderr.write(`Holdall could not write the task journal: ${String(err)}\n`);
      },
      resultCap: MAX_SEARCH_MATCHES,
      ...options,
    };
    this.#results = new TaskResults(this.#options.resultCap);
  }

  /** Opens the journal and queues again every task that had not ended (paused ones stay so). */
  async restore(): Promise<void> {
    await this.#open();
  }

  /** `local`: the folder behind the spec's grant (compare, sync), resolved by the caller. */
  async start(spec: SchedulerSpec, local?: string): Promise<TaskRecord> {
    const journal = await this.#open();
    this.#refuseIfClosed();
    const id = randomBytes(12).toString('base64url');
    const createdAt = new Date().toISOString();
    await journal.record({
      t: 'task',
      id,
      spec,
      createdAt,
      ...(local === undefined ? {} : { local }),
    });
    const task = new LiveTask(id, spec, createdAt, this.#runner(spec).pausable);
    task.local = local;
    this.#tasks.set(id, task);
    this.#emit(task);
    this.#pump();
    return task.record();
  }

  async list(): Promise<TaskRecord[]> {
    await this.#open();
    return [...this.#tasks.values()].map((task) => task.record());
  }

  /** A page of what a finding task found so far, from `cursor` on. */
  async results(id: string, cursor: number, limit: number): Promise<ResultsPage> {
    await this.#open();
    if (!this.#tasks.has(id)) throw new AppError('TaskNotFound', `No task has the id ${id}.`);
    return this.#results.page(id, cursor, limit);
  }

  async control(id: string, action: TaskAction): Promise<TaskRecord> {
    const journal = await this.#open();
    this.#refuseIfClosed();
    const task = this.#tasks.get(id);
    if (task === undefined) throw new AppError('TaskNotFound', `No task has the id ${id}.`);
    if (!task.controls().includes(action)) {
      throw new AppError('InvalidInput', `action: a ${task.state} task cannot ${action}.`, {
        fields: { action: `a ${task.state} task cannot ${action}` },
      });
    }
    const run = this.#runs.get(id);
    if (run !== undefined) {
      // cancel or pause of a running task: the run's end decides the state.
      run.reason = action === 'cancel' ? 'cancel' : 'pause';
      run.abort.abort(new AppError('Canceled', 'The task was stopped.'));
      await this.#waitFor(run.settled);
      return task.record();
    }
    if (action === 'cancel') {
      await this.#end(journal, task, 'canceled');
    } else if (action === 'pause') {
      task.state = 'paused';
      await journal.record({ t: 'hold', id, paused: true });
    } else if (action === 'resume') {
      task.state = 'queued';
      await journal.record({ t: 'hold', id, paused: false });
    } else {
      task.requeue();
      await journal.record({ t: 'retry', id });
      await this.#checkpoint(journal, task);
    }
    this.#emit(task);
    this.#pump();
    return task.record();
  }

  /** The action on every task whose controls include it (the panel's Pause all, Cancel all…). */
  async controlAll(action: TaskAction): Promise<TaskRecord[]> {
    await this.#open();
    const ids = [...this.#tasks.values()]
      .filter((task) => task.controls().includes(action))
      .map((task) => task.id);
    return Promise.all(ids.map((id) => this.control(id, action)));
  }

  /** Forgets succeeded and canceled tasks (the journal already has); failed ones stay. */
  async clearFinished(): Promise<number> {
    await this.#open();
    let cleared = 0;
    for (const task of [...this.#tasks.values()]) {
      if (task.state !== 'succeeded' && task.state !== 'canceled') continue;
      this.#tasks.delete(task.id);
      this.#results.forget(task.id);
      cleared++;
    }
    return cleared;
  }

  /** Stops every run without recording an end, like the app dying: the journal resumes them. */
  async close(): Promise<void> {
    this.#closed = true;
    this.#stopStallWatch();
    const settled = [...this.#runs.values()].map((run) => {
      run.reason = 'close';
      run.abort.abort(new AppError('Canceled', 'The app is closing.'));
      return run.settled;
    });
    await this.#waitFor(Promise.all(settled).then(() => undefined));
  }

  #open(): Promise<TaskJournal> {
    this.#journal ??= TaskJournal.open(this.#options.journalDir).then(({ journal, unfinished }) => {
      for (const journaled of unfinished) {
        // The transfer engine journals its own tasks; a line of another kind is not ours.
        const { spec } = journaled;
        if (!isSchedulerSpec(spec)) continue;
        this.#tasks.set(
          journaled.id,
          LiveTask.fromJournal(journaled, spec, this.#runner(spec).pausable),
        );
      }
      this.#pump();
      return journal;
    });
    return this.#journal;
  }

  #runner(spec: SchedulerSpec): TaskRunner {
    // The mapped type guarantees the runner of a kind takes that kind's spec.
    return this.#options.runners[spec.kind];
  }

  #refuseIfClosed(): void {
    if (this.#closed) throw new AppError('Canceled', 'The app is closing.');
  }

  #pump(): void {
    if (this.#closed || this.#journal === undefined) return;
    const journal = this.#journal;
    for (const task of this.#tasks.values()) {
      if (this.#runs.size >= this.#options.concurrency) return;
      if (task.state === 'queued') this.#run(journal, task);
    }
  }

  #run(journalReady: Promise<TaskJournal>, task: LiveTask): void {
    const abort = new AbortController();
    const run: Run = {
      abort,
      reason: undefined,
      settled: Promise.resolve(),
      snapshots: new ProgressThrottle(SNAPSHOT_MS, () => this.#emit(task)),
      checkpoints: new ProgressThrottle(CHECKPOINT_MS, () => {
        void journalReady.then((journal) => this.#checkpoint(journal, task));
      }),
    };
    this.#runs.set(task.id, run);
    task.begin(performance.now());
    // A search runs again from the start: what an earlier run found goes with it.
    if (this.#runner(task.spec).findsResults === true) {
      this.#results.begin(task.id);
      task.results = this.#results.summary(task.id);
    }
    this.#emit(task);
    this.#watchStalls();
    const context = this.#contextFor(task, run);
    const runner = this.#runner(task.spec);
    // Through a promise, so a runner that throws before its first await fails only its task.
    run.settled = Promise.resolve()
      .then(() => runner.run(task.spec, context))
      .then(
        () => undefined,
        (err: unknown) => err ?? new Error('The task failed without a reason.'),
      )
      .then(async (failure) => {
        const journal = await journalReady;
        await this.#finish(journal, task, run, failure);
      })
      .catch((err: unknown) => this.#options.onJournalError(err));
  }

  #contextFor(task: LiveTask, run: Run): TaskContext {
    const live = () => this.#runs.get(task.id) === run;
    return {
      signal: run.abort.signal,
      local: task.local,
      before: { itemsDone: task.itemsDone, bytesDone: task.bytesDone },
      resumed: task.resumed,
      advance: ({ items = 0, bytes = 0 }) => {
        if (!live()) return;
        task.advance(items, bytes, performance.now());
        if (task.state === 'stalled') {
          task.state = 'running';
          this.#emit(task);
        } else run.snapshots.poke();
        run.checkpoints.poke();
      },
      setTotals: ({ items, bytes }) => {
        if (!live()) return;
        if (items !== undefined) task.itemsTotal = items;
        if (bytes !== undefined) task.bytesTotal = bytes;
        run.snapshots.poke();
      },
      found: (matches) => {
        if (!live()) return false;
        const more = this.#results.add(task.id, matches);
        task.results = this.#results.summary(task.id);
        run.snapshots.poke();
        return more;
      },
      problem: (problem) => {
        if (!live()) return;
        task.addProblem(problem);
        run.snapshots.poke();
        run.checkpoints.poke();
      },
      setResult: (result) => {
        if (live()) task.result = result;
      },
    };
  }

  /** Settles the task's state at once (a control arriving meanwhile sees it), then journals it. */
  async #finish(journal: TaskJournal, task: LiveTask, run: Run, failure: unknown): Promise<void> {
    run.snapshots.cancel();
    run.checkpoints.cancel();
    this.#runs.delete(task.id);
    if (this.#runs.size === 0) this.#stopStallWatch();
    // Closing: the counts so far, and no end, so the next start resumes the task from here.
    if (run.reason === 'close') return this.#checkpoint(journal, task);
    const writes = [this.#checkpoint(journal, task)];
    if (failure === undefined) writes.push(this.#end(journal, task, 'succeeded'));
    else if (run.reason === 'cancel') writes.push(this.#end(journal, task, 'canceled'));
    else if (run.reason === 'pause') {
      task.state = 'paused';
      writes.push(journal.record({ t: 'hold', id: task.id, paused: true }));
    } else writes.push(this.#end(journal, task, 'failed', this.#errorOf(failure)));
    this.#emit(task);
    this.#pump();
    await Promise.all(writes);
  }

  /** Sets the end before its first await, so the state is settled when this returns a promise. */
  async #end(
    journal: TaskJournal,
    task: LiveTask,
    state: 'succeeded' | 'failed' | 'canceled',
    error?: AppErrorShape,
  ): Promise<void> {
    task.state = state;
    task.error = error ?? null;
    task.endedAt = new Date().toISOString();
    this.#forgetOldEnded();
    await journal.record(
      error === undefined
        ? { t: 'end', id: task.id, state }
        : { t: 'end', id: task.id, state, error },
    );
  }

  /** As the dispatcher does: an AppError is already the value; anything else is translated. */
  #errorOf(failure: unknown): AppErrorShape {
    return failure instanceof AppError ? failure.toShape() : this.#options.toError(failure);
  }

  #checkpoint(journal: TaskJournal, task: LiveTask): Promise<void> {
    const { id, itemsDone, bytesDone, problems, problemCount } = task;
    return journal
      .record({ t: 'progress', id, itemsDone, bytesDone, problems: [...problems], problemCount })
      .catch((err: unknown) => this.#options.onJournalError(err));
  }

  #emit(task: LiveTask): void {
    if (!this.#closed) this.#options.onSnapshot(task.record());
  }

  #forgetOldEnded(): void {
    const ended = [...this.#tasks.values()].filter((t) => taskEnded(t.state));
    for (const task of ended.slice(0, Math.max(0, ended.length - KEPT_ENDED))) {
      this.#tasks.delete(task.id);
      this.#results.forget(task.id);
    }
  }

  /** One timer while anything runs: a task without a step for stallAfterMs shows stalled. */
  #watchStalls(): void {
    if (this.#stallTimer !== undefined) return;
    const { stallAfterMs } = this.#options;
    this.#stallTimer = setInterval(
      () => {
        const now = performance.now();
        for (const id of this.#runs.keys()) {
          const task = this.#tasks.get(id);
          if (task?.state !== 'running' || now - task.lastAdvanceAt < stallAfterMs) continue;
          task.state = 'stalled';
          this.#emit(task);
        }
      },
      Math.max(10, stallAfterMs / 4),
    );
    this.#stallTimer.unref();
  }

  #stopStallWatch(): void {
    if (this.#stallTimer !== undefined) clearInterval(this.#stallTimer);
    this.#stallTimer = undefined;
  }

  /** Waits for a run to stop, at most stopWaitMs: a runner deaf to its signal cannot hang a call. */
  async #waitFor(settled: Promise<void>): Promise<void> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const deadline = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, this.#options.stopWaitMs);
    });
    await Promise.race([settled, deadline]);
    clearTimeout(timer);
  }
}
