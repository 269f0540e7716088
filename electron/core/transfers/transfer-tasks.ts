import { randomBytes } from 'node:crypto';
import { dirname } from 'node:path';
import { AppError } from '../../../shared/contract/envelope.js';
import { taskEnded } from '../../../shared/domain/task.js';
import type { TaskAction, TaskRecord } from '../../../shared/domain/task.js';
import type { ConflictChoice, TransferJob } from '../../../shared/domain/transfer-job.js';
import type { DownloadTaskSpec, UploadTaskSpec } from '../../../shared/domain/transfer-task.js';
import { TransferQueue } from './transfer-queue.js';
import type { TransferQueueOptions } from './transfer-queue.js';
import {
  downloadFacts,
  factsFromJournal,
  factsOfLegacyJob,
  taskLine,
  uploadFacts,
} from './transfer-task-facts.js';
import { LiveTransferTask } from './transfer-task-live.js';
import type { TransferTaskFacts } from './transfer-task-record.js';

export interface TransferTasksOptions extends TransferQueueOptions {
  onSnapshot(record: TaskRecord): void;
  /**
   * A running task that advanced for this long shows as stalled (as scheduler tasks do). Sooner
   * than theirs: bytes flow steadily while a transfer is well, so 15 s of silence is news, and
   * the user sees it before the connection's idle deadline ends the request and retries it.
   */
  stallAfterMs?: number;
}

/** Where a download lands, its grant resolved: a folder, or the one file a "Download as…" names. */
export type DownloadPlace = { folder: string } | { file: string };

const SNAPSHOT_MS = 250;

/**
 * Uploads and downloads as tasks: one task per request, run by the transfer engine (its per-file
 * slots are shared by every transfer task, its journal is its own). A task's record is built
 * from its jobs' snapshots and goes out through the same `tasks.snapshot` event as the
 * scheduler's: at once when its state changes, at most four a second while bytes move.
 */
export class TransferTasks {
  readonly queue: TransferQueue;
  readonly #options: TransferTasksOptions;
  /** Insertion order is creation order. */
  readonly #tasks = new Map<string, LiveTransferTask>();
  readonly #taskOfJob = new Map<string, string>();
  #restored: Promise<void> | undefined;
  #stallTimer: ReturnType<typeof setInterval> | undefined;
  #closed = false;
  readonly #endWaiters = new Map<string, ((record: TaskRecord) => void)[]>();

  constructor(options: TransferTasksOptions) {
    this.#options = options;
    this.queue = new TransferQueue({
      ...options,
      onState: (job) => {
        options.onState?.(job);
        this.#jobChanged(job);
      },
      onProgress: (progress) => {
        options.onProgress?.(progress);
        this.#jobMoved(progress.id);
      },
    });
  }

  /** Takes up what the journal left unfinished: each job back in its task, by the task's id. */
  restore(): Promise<void> {
    this.#restored ??= (async () => {
      const jobs = await this.queue.restore();
      for (const line of await this.queue.restoredTasks()) this.#add(factsFromJournal(line));
      for (const job of jobs) {
        const taskId =
          job.taskId !== undefined && this.#tasks.has(job.taskId) ? job.taskId : job.id;
        if (!this.#tasks.has(taskId)) this.#add(factsOfLegacyJob(job));
        this.#attach(taskId, job);
      }
      for (const task of this.#tasks.values()) this.#emit(task);
    })();
    return this.#restored;
  }

  /** `paths`: the files and folders behind the spec's read grants. */
  async startUpload(spec: UploadTaskSpec, paths: string[]): Promise<TaskRecord> {
    await this.#ready();
    const facts = uploadFacts(newId(), spec, paths);
    await this.queue.journalTask(taskLine(facts));
    const task = this.#add(facts);
    const { profileId, bucket, keyPrefix, conflict } = spec;
    const jobs = await this.#enqueue(task, () =>
      this.queue.enqueueUpload({ profileId, bucket, keyPrefix, conflict, paths, taskId: task.id }),
    );
    for (const job of jobs) this.#attach(task.id, job);
    return this.#emit(task);
  }

  async startDownload(spec: DownloadTaskSpec, place: DownloadPlace): Promise<TaskRecord> {
    await this.#ready();
    const { profileId, bucket, keys, prefix, conflict, versionId } = spec;
    const request = { profileId, bucket, keys, prefix, conflict, versionId };
    const id = newId();
    const where =
      'folder' in place
        ? { destinationDir: place.folder }
        : { destinationDir: dirname(place.file), destinationFile: place.file };
    // Refused keys are known only once the engine has looked at them; the task line follows.
    const facts = downloadFacts(id, spec, 'folder' in place ? place.folder : place.file, []);
    const task = this.#add(facts);
    const { jobs, refused } = await this.#enqueue(task, () =>
      this.queue.enqueueDownload({ ...request, ...where, taskId: id }),
    );
    task.facts.refused = refused;
    await this.queue.journalTask(taskLine(task.facts));
    for (const job of jobs) this.#attach(id, job);
    return this.#emit(task);
  }

  async list(): Promise<TaskRecord[]> {
    await this.#ready();
    return [...this.#tasks.values()].map((task) => this.#record(task));
  }

  has(id: string): boolean {
    return this.#tasks.has(id);
  }

  /** The jobs of a task as they are now, in the order they were made. */
  jobsOf(id: string): TransferJob[] {
    const task = this.#task(id);
    return [...task.jobs.keys()].flatMap((jobId) => this.queue.get(jobId) ?? []);
  }

  /** The action on every job of the task that allows it. */
  async control(id: string, action: TaskAction): Promise<TaskRecord> {
    await this.#ready();
    const task = this.#task(id);
    const state = task.state();
    if (!this.#record(task).controls.includes(action)) {
      throw new AppError('InvalidInput', `action: a ${state} task cannot ${action}.`, {
        fields: { action: `a ${state} task cannot ${action}` },
      });
    }
    await Promise.all([...task.jobs.keys()].map((jobId) => this.queue[action]({ id: jobId })));
    return this.#emit(task);
  }

  /** The action on every task whose controls include it. */
  async controlAll(action: TaskAction): Promise<TaskRecord[]> {
    await this.#ready();
    const tasks = [...this.#tasks.values()].filter((task) =>
      this.#record(task).controls.includes(action),
    );
    return Promise.all(tasks.map((task) => this.control(task.id, action)));
  }

  /**
   * Answers the job that asks. "Apply to all" settles the task's other files the same way: the
   * engine covers the jobs queued together; jobs regrouped after a restart are answered here.
   */
  async answer(id: string, choice: ConflictChoice, applyToAll: boolean): Promise<TaskRecord> {
    await this.#ready();
    const task = this.#task(id);
    const asking = [...task.jobs.values()].filter((job) => job.conflict !== null);
    const [first, ...others] = asking;
    if (first === undefined) {
      const state = task.state();
      throw new AppError('InvalidInput', `id: a ${state} task asks nothing.`, {
        fields: { id: `a ${state} task asks nothing` },
      });
    }
    await this.queue.resolveConflict(first.id, choice, applyToAll);
    if (applyToAll)
      for (const job of others)
        if (this.queue.get(job.id)?.conflict !== null)
          await this.queue.resolveConflict(job.id, choice, true).catch(() => undefined);
    return this.#emit(task);
  }

  /** Forgets succeeded and canceled tasks; failed ones stay until retried. */
  async clearFinished(): Promise<number> {
    await this.#ready();
    let cleared = 0;
    for (const task of [...this.#tasks.values()]) {
      const state = task.state();
      if (state !== 'succeeded' && state !== 'canceled') continue;
      this.queue.clearFinished(new Set(task.jobs.keys()));
      for (const jobId of task.jobs.keys()) this.#taskOfJob.delete(jobId);
      this.#tasks.delete(task.id);
      cleared++;
    }
    return cleared;
  }

  /** Resolves with the task's record once it has ended (succeeded, failed or canceled). */
  ended(id: string): Promise<TaskRecord> {
    const task = this.#task(id);
    const now = this.#record(task);
    if (taskEnded(now.state)) return Promise.resolve(now);
    return new Promise((resolve) => {
      const waiting = this.#endWaiters.get(id) ?? [];
      waiting.push(resolve);
      this.#endWaiters.set(id, waiting);
    });
  }

  async close(): Promise<void> {
    this.#closed = true;
    this.#stopStallWatch();
    for (const task of this.#tasks.values()) task.throttle.cancel();
    await this.queue.close();
  }

  // ---- internals ------------------------------------------------------------------------------

  async #ready(): Promise<void> {
    if (this.#closed) throw new AppError('Canceled', 'The transfer queue is closed.');
    // A journal that could not be read fails the restore, not every later call.
    await this.#restored?.catch(() => undefined);
  }

  #task(id: string): LiveTransferTask {
    const task = this.#tasks.get(id);
    if (task === undefined) throw new AppError('TaskNotFound', `No task has the id ${id}.`);
    return task;
  }

  #add(facts: TransferTaskFacts): LiveTransferTask {
    const task: LiveTransferTask = new LiveTransferTask(facts, SNAPSHOT_MS, () => this.#emit(task));
    this.#tasks.set(facts.id, task);
    return task;
  }

  /** A request the engine refused as a whole leaves no task behind. */
  async #enqueue<T>(task: LiveTransferTask, enqueue: () => Promise<T>): Promise<T> {
    try {
      return await enqueue();
    } catch (err) {
      this.#tasks.delete(task.id);
      throw err;
    }
  }

  #attach(taskId: string, job: TransferJob): void {
    const task = this.#tasks.get(taskId);
    if (task === undefined) return;
    this.#taskOfJob.set(job.id, taskId);
    // A state event may have come first and is the newer snapshot.
    if (!task.jobs.has(job.id)) task.setJob(this.queue.get(job.id) ?? job);
  }

  #jobChanged(job: TransferJob): void {
    const task = this.#tasks.get(this.#taskOfJob.get(job.id) ?? job.taskId ?? '');
    if (task === undefined) return;
    this.#taskOfJob.set(job.id, task.id);
    task.setJob(job);
    if (task.state() !== task.sentState) this.#emit(task);
    else task.throttle.poke();
  }

  #jobMoved(jobId: string): void {
    const task = this.#tasks.get(this.#taskOfJob.get(jobId) ?? '');
    if (task === undefined) return;
    task.moved.add(jobId);
    task.throttle.poke();
  }

  #record(task: LiveTransferTask): TaskRecord {
    return task.record((jobId) => this.queue.get(jobId));
  }

  #emit(task: LiveTransferTask): TaskRecord {
    task.throttle.cancel();
    const record = this.#record(task);
    task.sentState = record.state;
    if (record.state === 'running') this.#watchStalls();
    if (!this.#closed && this.#tasks.has(task.id)) this.#options.onSnapshot(record);
    if (taskEnded(record.state)) {
      const waiting = this.#endWaiters.get(task.id) ?? [];
      this.#endWaiters.delete(task.id);
      for (const resolve of waiting) resolve(record);
    }
    return record;
  }

  /** One timer while anything runs: a task without an advance for the stall time shows stalled. */
  #watchStalls(): void {
    if (this.#stallTimer !== undefined) return;
    const stallAfterMs = this.#options.stallAfterMs ?? 15_000;
    this.#stallTimer = setInterval(
      () => {
        const now = performance.now();
        let running = false;
        for (const task of this.#tasks.values()) {
          if (task.state() !== 'running') continue;
          running = true;
          if (now - task.lastAdvanceAt < stallAfterMs) continue;
          task.stalled = true;
          this.#emit(task);
        }
        if (!running) this.#stopStallWatch();
      },
      Math.max(10, stallAfterMs / 4),
    );
    this.#stallTimer.unref();
  }

  #stopStallWatch(): void {
    if (this.#stallTimer !== undefined) clearInterval(this.#stallTimer);
    this.#stallTimer = undefined;
  }
}

function newId(): string {
  return randomBytes(12).toString('base64url');
}
