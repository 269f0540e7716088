import { randomUUID } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { AppError } from '../../../shared/contract/envelope.js';
import type {
  ConflictChoice,
  RefusedItem,
  TransferJob,
} from '../../../shared/domain/transfer-job.js';
import type {
  OrphanCleanupResult,
  OrphanUpload,
  TransferTarget,
} from '../../../shared/domain/transfer-request.js';
import { defaultTransferSettings } from '../../../shared/domain/transfer-settings.js';
import type { TransferSettings } from '../../../shared/domain/transfer-settings.js';
import { ConflictQuestions, joinBatch } from './conflict-questions.js';
import { newTask } from './file-task.js';
import { parentPrefix, uploadFileKey, uploadFolderPrefix } from './folder-source.js';
import { JobRunner } from './job-runner.js';
import { targetOf } from './job-state.js';
import type { TransferAction } from './job-state.js';
import { TransferJournal } from './journal.js';
import type { TaskEntry } from './journal-entries.js';
import { cleanupOrphans, orphansOf } from './orphan-uploads.js';
import { RequestLimiter } from './request-limiter.js';
import { destinationFor } from './safe-destination.js';
import { Slots } from './slots.js';
import { TokenBucket } from './token-bucket.js';
import { JobRecord } from './transfer-job-record.js';
import type { JobSpec } from './transfer-job-record.js';
import type {
  DownloadEnqueued,
  DownloadRequest,
  TransferQueueOptions,
  UploadRequest,
} from './transfer-queue-options.js';
import { folderJobLine, restoredJobs } from './transfer-restore.js';
import { fingerprintOf } from './upload-file.js';

export type { TransferQueueOptions } from './transfer-queue-options.js';

const PROGRESS_INTERVAL_MS = 250;

/**
 * Every transfer of one core: jobs in a list, at most `concurrency` files at
 * once over all of them, a journal so a killed app resumes, and events for
 * the UI. Folder jobs walk their tree lazily: only files in flight exist as
 * tasks, so a folder of 100,000 files costs what a handful does. The queue keeps the list and
 * answers the contract; `JobRunner` runs the jobs.
 */
export class TransferQueue {
  readonly #options: TransferQueueOptions;
  readonly #jobs = new Map<string, JobRecord>();
  readonly #opened: ReturnType<typeof TransferJournal.open>;
  #settings: TransferSettings;
  readonly #slots: Slots;
  readonly #limiter: RequestLimiter;
  readonly #bandwidth: TokenBucket;
  #restored = false;
  #closed = false;
  readonly #questions: ConflictQuestions;
  readonly #runner: JobRunner;

  constructor(options: TransferQueueOptions) {
    this.#options = options;
    this.#settings = { ...defaultTransferSettings, ...options.settings };
    this.#slots = new Slots(this.#settings.concurrency);
    this.#limiter = new RequestLimiter(this.#settings.requestLimit);
    this.#bandwidth = new TokenBucket(this.#settings.bandwidthLimitBytesPerSec);
    this.#opened = TransferJournal.open(options.journalDir);
    // Callers that never restore must not see an unhandled rejection here.
    this.#opened.catch(() => undefined);
    this.#questions = new ConflictQuestions((job) => this.#runner.emitState(job));
    this.#runner = new JobRunner({
      options,
      settings: () => this.#settings,
      journal: async () => (await this.#opened).journal,
      closed: () => this.#closed,
      slots: this.#slots,
      limiter: this.#limiter,
      bandwidth: this.#bandwidth,
      questions: this.#questions,
    });
  }

  // ---- queueing -------------------------------------------------------------------------------

  /** Files become one job each; folders one job that walks the tree as it goes. */
  async enqueueUpload(request: UploadRequest): Promise<TransferJob[]> {
    const { journal } = await this.#opened;
    const specs: { spec: JobSpec; key: string; localPath: string; size: number }[] = [];
    for (const path of request.paths) {
      const info = await stat(path).catch((err: NodeJS.ErrnoException) => {
        throw new AppError('LocalFileError', `Cannot read ${path}: ${err.code ?? err.message}`);
      });
      if (info.isDirectory()) {
        const prefix = uploadFolderPrefix(request.keyPrefix, path);
        specs.push({
          spec: { kind: 'folder', direction: 'upload', root: path, prefix },
          key: prefix,
          localPath: path,
          size: 0,
        });
      } else if (info.isFile()) {
        const key = uploadFileKey(request.keyPrefix, path);
        const task = newTask({
          key,
          localPath: path,
          size: info.size,
          fingerprint: fingerprintOf(info.mtimeMs),
        });
        specs.push({ spec: { kind: 'file', task }, key, localPath: path, size: info.size });
      } else throw new AppError('LocalFileError', `${path} is neither a file nor a folder`);
    }
    const records = specs.map(({ spec, key, localPath, size }) =>
      this.#record(
        {
          direction: 'upload',
          profileId: request.profileId,
          bucket: request.bucket,
          key,
          localPath,
          conflictPolicy: request.conflict,
          bytesTotal: size,
          taskId: request.taskId,
        },
        spec,
      ),
    );
    joinBatch(records, request.keyPrefix);
    return Promise.all(records.map((job) => this.#add(job, journal)));
  }

  /**
   * Each key lands in destinationDir under its own name; a prefix lands as a
   * tree under its last folder's name. Keys that would leave destinationDir
   * are refused and reported, never written.
   */
  async enqueueDownload(request: DownloadRequest): Promise<DownloadEnqueued> {
    const { journal } = await this.#opened;
    const refused: RefusedItem[] = [];
    const records: JobRecord[] = [];
    const base = {
      direction: 'download' as const,
      profileId: request.profileId,
      bucket: request.bucket,
      conflictPolicy: request.conflict,
      bytesTotal: 0,
      taskId: request.taskId,
    };
    const folderJob = (prefix: string): JobRecord =>
      this.#record(
        { ...base, key: prefix, localPath: request.destinationDir },
        {
          kind: 'folder',
          direction: 'download',
          root: request.destinationDir,
          prefix,
          strip: parentPrefix(prefix),
        },
      );
    for (const key of request.keys ?? []) {
      const destination =
        request.destinationFile === undefined
          ? destinationFor(request.destinationDir, key, parentPrefix(key))
          : { kind: 'file' as const, path: request.destinationFile };
      if (destination.kind === 'refused') refused.push({ key, reason: destination.reason });
      else if (destination.kind === 'folder') records.push(folderJob(key));
      else {
        const task = newTask({
          key,
          versionId: request.versionId,
          localPath: destination.path,
          size: -1,
          fingerprint: '',
        });
        records.push(
          this.#record({ ...base, key, localPath: destination.path }, { kind: 'file', task }),
        );
      }
    }
    if (request.prefix !== undefined) records.push(folderJob(request.prefix));
    joinBatch(records, '');
    const jobs = await Promise.all(records.map((job) => this.#add(job, journal)));
    return { jobs, refused };
  }

  /**
   * Re-queues what the journal says was unfinished when the app stopped:
   * uploads continue their multipart upload, downloads their temporary file.
   */
  async restore(): Promise<TransferJob[]> {
    if (this.#restored) return [];
    this.#restored = true;
    const { unfinished } = await this.#opened;
    const jobs = restoredJobs(unfinished, (fields, spec) => this.#record(fields, spec));
    for (const job of jobs) {
      this.#jobs.set(job.id, job);
      this.#runner.emitState(job);
      this.#runner.start(job);
    }
    return jobs.map((job) => job.snapshot());
  }

  /** The upload and download tasks the journal names for the unfinished jobs `restore` found. */
  async restoredTasks(): Promise<TaskEntry[]> {
    return (await this.#opened).tasks;
  }

  /** Journals a task before its jobs, so a restart finds what they belong to. */
  async journalTask(line: TaskEntry): Promise<void> {
    await (await this.#opened).journal.record(line);
  }

  // ---- queries --------------------------------------------------------------------------------

  list(): TransferJob[] {
    return [...this.#jobs.values()].map((job) => job.snapshot());
  }

  get(id: string): TransferJob | undefined {
    return this.#jobs.get(id)?.snapshot();
  }

  /** Resolves once the job is no longer queued or running (finished, paused or failed). */
  async settled(id: string): Promise<TransferJob> {
    const job = this.#job(id);
    while (job.running !== undefined) await job.running;
    return job.snapshot();
  }

  settings(): TransferSettings {
    return { ...this.#settings };
  }

  setSettings(change: Partial<TransferSettings>): TransferSettings {
    this.#settings = { ...this.#settings, ...change };
    this.#slots.limit = this.#settings.concurrency;
    this.#slots.wake();
    this.#limiter.limit = this.#settings.requestLimit;
    this.#bandwidth.setRate(this.#settings.bandwidthLimitBytesPerSec);
    return this.settings();
  }

  // ---- actions --------------------------------------------------------------------------------

  pause(target: TransferTarget): Promise<TransferJob[]> {
    return this.#act('pause', target);
  }

  resume(target: TransferTarget): Promise<TransferJob[]> {
    return this.#act('resume', target);
  }

  cancel(target: TransferTarget): Promise<TransferJob[]> {
    return this.#act('cancel', target);
  }

  retry(target: TransferTarget): Promise<TransferJob[]> {
    return this.#act('retry', target);
  }

  /**
   * Succeeded and canceled jobs leave the list (only those among `ids` when given); failed ones
   * stay until retried or canceled.
   */
  clearFinished(ids?: ReadonlySet<string>): number {
    let cleared = 0;
    for (const [id, job] of this.#jobs) {
      if (ids?.has(id) === false) continue;
      if (job.state === 'succeeded' || job.state === 'canceled') {
        this.#jobs.delete(id);
        cleared++;
      }
    }
    return cleared;
  }

  /**
   * The answer reaches the job at once. An "apply to all" answer also changes the policy of the
   * batch's folders in the journal, so a restart goes on with it instead of asking again.
   */
  async resolveConflict(
    id: string,
    choice: ConflictChoice,
    applyToAll = false,
  ): Promise<TransferJob> {
    const job = this.#job(id);
    const { journal } = await this.#opened;
    this.#questions.resolve(job, choice, applyToAll);
    // Recorded in the same turn: the journal keeps call order, so no folder's end line (which
    // sets `ended` first) can come before its new line.
    const lines = applyToAll
      ? job.batch.flatMap((mate) => (mate.ended ? [] : (folderJobLine(mate) ?? [])))
      : [];
    await Promise.all(lines.map((line) => journal.record(line)));
    return job.snapshot();
  }

  /** Multipart uploads the journal knows that no running or queued job is using. */
  orphans(): OrphanUpload[] {
    return orphansOf(this.#jobs.values());
  }

  /** Aborts them on the server; a file job whose upload is gone is canceled. */
  async cleanupOrphans(
    selection: { all: true } | { uploadIds: string[] },
  ): Promise<OrphanCleanupResult> {
    const { journal } = await this.#opened;
    return cleanupOrphans([...this.#jobs.values()], selection, {
      journal,
      client: (profileId) => this.#runner.client(profileId),
      cancelJob: async (job) => {
        await this.#runner.endJournal(job, journal, 'canceled');
        this.#runner.setState(job, 'canceled');
      },
    });
  }

  /**
   * Stops like the app dying: requests are aborted, nothing is canceled on the
   * server and the journal keeps every unfinished job for the next start.
   */
  async close(): Promise<void> {
    this.#closed = true;
    const running: Promise<void>[] = [];
    for (const job of this.#jobs.values()) {
      job.counting.abort();
      job.throttle.cancel();
      if (job.running === undefined) continue;
      job.stopReason = 'close';
      job.controller?.abort(new DOMException('The app is closing', 'AbortError'));
      running.push(job.running);
    }
    await Promise.all(running);
    await this.#opened.catch(() => undefined);
  }

  // ---- internals ------------------------------------------------------------------------------

  #job(id: string): JobRecord {
    const job = this.#jobs.get(id);
    if (job === undefined) throw new AppError('TransferNotFound', `No transfer with id ${id}`);
    return job;
  }

  #record(
    fields: Omit<ConstructorParameters<typeof JobRecord>[0], 'id'> & { id?: string },
    spec: JobSpec,
  ): JobRecord {
    const id = fields.id ?? (spec.kind === 'file' ? spec.task.journalId : randomUUID());
    return new JobRecord(
      { ...fields, id },
      spec,
      this.#options.progressIntervalMs ?? PROGRESS_INTERVAL_MS,
      (job) => this.#runner.emitProgress(job),
    );
  }

  async #add(job: JobRecord, journal: TransferJournal): Promise<TransferJob> {
    if (this.#closed) throw new AppError('Canceled', 'The transfer queue is closed.');
    // The folder itself is journaled so a restart walks it again.
    const line = folderJobLine(job);
    if (line !== undefined) await journal.record(line);
    this.#jobs.set(job.id, job);
    this.#runner.emitState(job);
    this.#runner.start(job);
    return job.snapshot();
  }

  async #act(action: TransferAction, target: TransferTarget): Promise<TransferJob[]> {
    const jobs = 'id' in target ? [this.#job(target.id)] : [...this.#jobs.values()];
    await Promise.all(jobs.map((job) => this.#apply(action, job)));
    return jobs.map((job) => job.snapshot());
  }

  async #apply(action: TransferAction, job: JobRecord): Promise<void> {
    const to = targetOf(action, job.state);
    if (to === undefined) return;
    if (action === 'pause' || action === 'cancel') {
      if (job.running !== undefined) {
        job.stopReason = action;
        job.controller?.abort(new DOMException(`The transfer was ${to}`, 'AbortError'));
        await job.running;
        return;
      }
      if (action === 'cancel') await this.#runner.cancelCleanup(job);
      this.#runner.setState(job, to);
      return;
    }
    // resume / retry: back in line, from where it stopped.
    job.snap.error = null;
    this.#runner.setState(job, 'queued');
    this.#runner.start(job);
  }
}
