import { randomUUID } from 'node:crypto';
import { setMaxListeners } from 'node:events';
import { rm, stat } from 'node:fs/promises';
import type { S3Client } from '@aws-sdk/client-s3';
import { AppError } from '../../../shared/contract/envelope.js';
import type {
  ConflictChoice,
  RefusedItem,
  TransferJob,
  TransferProgress,
  TransferState,
} from '../../../shared/domain/transfer-job.js';
import type {
  EnqueueDownload,
  EnqueueUpload,
  OrphanCleanupResult,
  OrphanUpload,
  TransferTarget,
} from '../../../shared/domain/transfer-request.js';
import { defaultTransferSettings } from '../../../shared/domain/transfer-settings.js';
import type { TransferSettings } from '../../../shared/domain/transfer-settings.js';
import { addBandwidthLimit } from './bandwidth-middleware.js';
import { ConflictQuestions, joinBatch, uploadDestination } from './conflict-questions.js';
import { newTask } from './file-task.js';
import type { FileTask } from './file-task.js';
import {
  countFolder,
  folderFiles,
  parentPrefix,
  uploadFileKey,
  uploadFolderPrefix,
} from './folder-source.js';
import type { FolderSpec, LiveFolders } from './folder-source.js';
import { folderJobLine, restoredJobs } from './transfer-restore.js';
import { isActive, isFinal, targetOf } from './job-state.js';
import type { TransferAction } from './job-state.js';
import { TransferJournal } from './journal.js';
import type { JournaledJob } from './journal-entries.js';
import type { PartPlanOptions } from './part-plan.js';
import { RequestLimiter } from './request-limiter.js';
import type { RetryPolicy } from './retry.js';
import { runDownloadTask, runUploadTask } from './run-file-task.js';
import type { TaskEnv, TaskOutcome } from './run-file-task.js';
import { destinationFor } from './safe-destination.js';
import { Slots } from './slots.js';
import { TokenBucket } from './token-bucket.js';
import { JobRecord } from './transfer-job-record.js';
import type { JobSpec } from './transfer-job-record.js';
import { causeOf } from './transfer-cause.js';
import { UnwritableItem } from './unwritable-item.js';
import { abortUpload, fingerprintOf } from './upload-file.js';

export interface TransferQueueOptions {
  /** Where the journal lives (the app data folder). */
  journalDir: string;
  /** A client without SDK retries (maxAttempts 1): the engine retries, rewinding file streams. */
  clientFor(profileId: string): Promise<S3Client>;
  onState?(job: TransferJob): void;
  onProgress?(progress: TransferProgress): void;
  settings?: Partial<TransferSettings>;
  retry?: RetryPolicy;
  plan?: PartPlanOptions;
  rangeThreshold?: number;
  /** 250 ms: at most four progress events per second per job. */
  progressIntervalMs?: number;
  /** Folders the host is still filling, walked as their files land. */
  liveFolders?: LiveFolders;
}

/** transfers.enqueueUpload with its read grants resolved to the paths they stand for. */
export type UploadRequest = Omit<EnqueueUpload, 'grants'> & { paths: string[] };
/** transfers.enqueueDownload with its write grant resolved to the folder it stands for. */
export type DownloadRequest = Omit<EnqueueDownload, 'destination'> & {
  destinationDir: string;
  /** A write-file grant's one file: the single key lands there, under the name the user gave. */
  destinationFile?: string;
};

export interface DownloadEnqueued {
  jobs: TransferJob[];
  refused: RefusedItem[];
}

const PROGRESS_INTERVAL_MS = 250;

/**
 * Every transfer of one core: jobs in a list, at most `concurrency` files at
 * once over all of them, a journal so a killed app resumes, and events for
 * the UI. Folder jobs walk their tree lazily: only files in flight exist as
 * tasks, so a folder of 100,000 files costs what a handful does.
 */
export class TransferQueue {
  readonly #options: TransferQueueOptions;
  readonly #jobs = new Map<string, JobRecord>();
  readonly #opened: Promise<{ journal: TransferJournal; unfinished: JournaledJob[] }>;
  #settings: TransferSettings;
  readonly #slots: Slots;
  readonly #limiter: RequestLimiter;
  readonly #bandwidth: TokenBucket;
  #restored = false;
  #closed = false;
  readonly #questions = new ConflictQuestions((job) => this.#emitState(job));

  constructor(options: TransferQueueOptions) {
    this.#options = options;
    this.#settings = { ...defaultTransferSettings, ...options.settings };
    this.#slots = new Slots(this.#settings.concurrency);
    this.#limiter = new RequestLimiter(this.#settings.requestLimit);
    this.#bandwidth = new TokenBucket(this.#settings.bandwidthLimitBytesPerSec);
    this.#opened = TransferJournal.open(options.journalDir);
    // Callers that never restore must not see an unhandled rejection here.
    this.#opened.catch(() => undefined);
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
        const task = newTask({ key, localPath: destination.path, size: -1, fingerprint: '' });
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
      this.#emitState(job);
      this.#start(job);
    }
    return jobs.map((job) => job.snapshot());
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

  pauseAll(): Promise<TransferJob[]> {
    return this.pause({ all: true });
  }

  resumeAll(): Promise<TransferJob[]> {
    return this.resume({ all: true });
  }

  cancelAll(): Promise<TransferJob[]> {
    return this.cancel({ all: true });
  }

  /** Succeeded and canceled jobs leave the list; failed ones stay until retried or canceled. */
  clearFinished(): number {
    let cleared = 0;
    for (const [id, job] of this.#jobs) {
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
    const out: OrphanUpload[] = [];
    for (const job of this.#jobs.values()) {
      if (job.snap.direction !== 'upload' || isActive(job.state)) continue;
      for (const task of job.live.values()) {
        if (task.uploadId === undefined) continue;
        out.push({
          profileId: job.snap.profileId,
          bucket: job.snap.bucket,
          key: task.key,
          uploadId: task.uploadId,
          initiated: task.createdAt,
        });
      }
    }
    return out;
  }

  /** Aborts them on the server; a file job whose upload is gone is canceled. */
  async cleanupOrphans(
    selection: { all: true } | { uploadIds: string[] },
  ): Promise<OrphanCleanupResult> {
    const { journal } = await this.#opened;
    const wanted = 'all' in selection ? undefined : new Set(selection.uploadIds);
    const result: OrphanCleanupResult = { aborted: 0, errors: [] };
    for (const job of [...this.#jobs.values()]) {
      if (job.snap.direction !== 'upload' || isActive(job.state)) continue;
      for (const [order, task] of [...job.live]) {
        const uploadId = task.uploadId;
        if (uploadId === undefined || (wanted !== undefined && !wanted.has(uploadId))) continue;
        try {
          const client = await this.#client(job.snap.profileId);
          await abortUpload(client, { bucket: job.snap.bucket, key: task.key }, uploadId);
          await journal.record({ t: 'end', id: task.journalId, state: 'canceled' });
          job.live.delete(order);
          result.aborted++;
        } catch (err) {
          const cause = causeOf(err);
          result.errors.push({ uploadId, code: cause.code, message: cause.message });
        }
      }
      if (job.spec.kind === 'file' && job.live.size === 0 && !isFinal(job.state)) {
        await this.#endJournal(job, journal, 'canceled');
        this.#setState(job, 'canceled');
      }
    }
    return result;
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
      (job) => this.#emitProgress(job),
    );
  }

  async #add(job: JobRecord, journal: TransferJournal): Promise<TransferJob> {
    if (this.#closed) throw new AppError('Canceled', 'The transfer queue is closed.');
    // The folder itself is journaled so a restart walks it again.
    const line = folderJobLine(job);
    if (line !== undefined) await journal.record(line);
    this.#jobs.set(job.id, job);
    this.#emitState(job);
    this.#start(job);
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
      if (action === 'cancel') await this.#cancelCleanup(job);
      this.#setState(job, to);
      return;
    }
    // resume / retry: back in line, from where it stopped.
    job.snap.error = null;
    this.#setState(job, 'queued');
    this.#start(job);
  }

  #start(job: JobRecord): void {
    if (this.#closed) return;
    const controller = new AbortController();
    // Each file and request of the job listens on it; more than ten is normal.
    setMaxListeners(0, controller.signal);
    job.controller = controller;
    job.stopReason = undefined;
    const running = this.#run(job, controller.signal).finally(() => {
      if (job.running === running) {
        job.running = undefined;
        job.controller = undefined;
      }
    });
    job.running = running;
  }

  async #run(job: JobRecord, signal: AbortSignal): Promise<void> {
    try {
      const { journal } = await this.#opened;
      const client = await this.#client(job.snap.profileId);
      if (job.spec.kind === 'folder') await this.#runFolder(job, job.spec, client, journal, signal);
      else await this.#runFile(job, job.spec.task, client, journal, signal);
      signal.throwIfAborted();
      await this.#endJournal(job, journal, 'succeeded');
      this.#setState(job, 'succeeded');
    } catch (err) {
      await this.#stopped(job, err);
    }
  }

  async #runFile(
    job: JobRecord,
    task: FileTask,
    client: S3Client,
    journal: TransferJournal,
    signal: AbortSignal,
  ): Promise<void> {
    const release = await this.#slots.acquire(signal);
    try {
      this.#markRunning(job);
      job.live.set(task.journalId, task);
      const outcome = await this.#runTask(job, task, client, journal, signal);
      job.live.delete(task.journalId);
      this.#count(job, task, outcome);
    } finally {
      // "Keep both" may have picked another name.
      job.snap.key = task.key;
      job.snap.localPath = task.localPath;
      release();
    }
  }

  async #runFolder(
    job: JobRecord,
    spec: FolderSpec,
    client: S3Client,
    journal: TransferJournal,
    signal: AbortSignal,
  ): Promise<void> {
    this.#startCounting(job, spec, client);
    const cursor = job.cursor;
    cursor?.restart();
    // A failing file stops its siblings and the walk; the job then fails with its cause.
    const stop = new AbortController();
    setMaxListeners(0, stop.signal);
    const onAbort = (): void => stop.abort(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    const inFlight = new Set<Promise<void>>();
    let failure: { error: unknown } | undefined;
    try {
      const files = folderFiles(spec, client, job.snap.bucket, {
        signal: stop.signal,
        refuse: (key, reason) => job.refuse({ key, reason }),
        ...(this.#options.liveFolders === undefined ? {} : { live: this.#options.liveFolders }),
        startAfter: spec.direction === 'download' ? cursor?.watermark : undefined,
        ...(this.#options.retry === undefined ? {} : { retry: this.#options.retry }),
      });
      for await (const file of files) {
        if (cursor?.isDone(file.order) === true) continue;
        // A task kept from a pause or a previous run carries its upload id, parts or ranges.
        const task = job.live.get(file.order) ?? file.task;
        const release = await this.#slots.acquire(stop.signal);
        this.#markRunning(job);
        job.live.set(file.order, task);
        cursor?.start(file.order);
        const run = this.#runTask(job, task, client, journal, stop.signal)
          .then((outcome) => {
            job.live.delete(file.order);
            cursor?.finish(file.order);
            this.#count(job, task, outcome);
          })
          .catch((error: unknown) => {
            if (error instanceof UnwritableItem) {
              // Like a refused key: reported on its own, the rest of the folder goes on.
              job.live.delete(file.order);
              cursor?.finish(file.order);
              job.refuse({ key: error.key, reason: error.reason });
              this.#countRefused(job, task);
              return;
            }
            failure ??= { error };
            stop.abort(error);
          })
          .finally(() => {
            release();
            inFlight.delete(run);
          });
        inFlight.add(run);
      }
    } catch (error) {
      failure ??= { error };
      stop.abort(error);
    } finally {
      await Promise.all(inFlight);
      signal.removeEventListener('abort', onAbort);
    }
    signal.throwIfAborted();
    if (failure !== undefined) throw failure.error;
  }

  #runTask(
    job: JobRecord,
    task: FileTask,
    client: S3Client,
    journal: TransferJournal,
    signal: AbortSignal,
  ): Promise<TaskOutcome> {
    const upload = job.snap.direction === 'upload';
    // Made first: a folder's also sets what its "keep both" must avoid.
    const destination = upload ? uploadDestination(job) : undefined;
    const env: TaskEnv = {
      client,
      journal,
      limiter: this.#limiter,
      signal,
      profileId: job.snap.profileId,
      bucket: job.snap.bucket,
      partConcurrency: this.#settings.partConcurrency,
      ...(this.#options.retry === undefined ? {} : { retry: this.#options.retry }),
      ...(this.#options.plan === undefined ? {} : { plan: this.#options.plan }),
      ...(this.#options.rangeThreshold === undefined
        ? {}
        : { rangeThreshold: this.#options.rangeThreshold }),
      policy: () => job.snap.conflictPolicy,
      ask: (key, localPath) => this.#questions.ask(job, key, localPath, signal),
      verifyExisting: job.verifyExisting,
      ...(destination === undefined ? {} : { destination, plannedElsewhere: job.plannedElsewhere }),
      onProgress: (delta) => job.addBytes(delta),
      onSize: (size) => {
        if (job.spec.kind === 'file') job.snap.bytesTotal = size;
      },
      onChecked: (check) => job.checked(check),
    };
    return upload ? runUploadTask(env, task) : runDownloadTask(env, task);
  }

  #count(job: JobRecord, task: FileTask, outcome: TaskOutcome): void {
    job.snap.filesDone++;
    if (outcome === 'skipped') {
      job.snap.skippedCount++;
      job.addBytes(Math.max(0, task.size));
    }
  }

  /** A file left out still ends its share of the folder's files and bytes, like a skipped one. */
  #countRefused(job: JobRecord, task: FileTask): void {
    job.snap.filesDone++;
    job.addBytes(Math.max(0, task.size) - task.counted);
    task.counted = Math.max(0, task.size);
  }

  #startCounting(job: JobRecord, spec: FolderSpec, client: S3Client): void {
    if (job.countStarted) return;
    job.countStarted = true;
    countFolder(
      spec,
      client,
      job.snap.bucket,
      job.counting.signal,
      (files, bytes) => {
        job.snap.filesTotal = files;
        job.snap.bytesTotal = bytes;
        job.throttle.poke();
      },
      this.#options.liveFolders,
    ).then(
      () => {
        job.snap.totalsKnown = true;
        job.throttle.poke();
      },
      // Only the totals are lost (shown as "at least"); the transfer itself goes on.
      () => undefined,
    );
  }

  async #stopped(job: JobRecord, err: unknown): Promise<void> {
    const reason = job.stopReason;
    if (reason === 'close') return;
    if (reason === 'pause') {
      this.#setState(job, 'paused');
      return;
    }
    if (reason === 'cancel') {
      await this.#cancelCleanup(job);
      this.#setState(job, 'canceled');
      return;
    }
    job.snap.error = causeOf(err);
    this.#setState(job, 'failed');
  }

  /** Cancel means the server forgets the parts and no temporary file stays behind. */
  async #cancelCleanup(job: JobRecord): Promise<void> {
    job.counting.abort();
    const { journal } = await this.#opened;
    for (const task of job.live.values()) {
      try {
        if (job.snap.direction === 'upload' && task.uploadId !== undefined) {
          const client = await this.#client(job.snap.profileId);
          await abortUpload(client, { bucket: job.snap.bucket, key: task.key }, task.uploadId);
        } else if (job.snap.direction === 'download' && task.tempPath !== undefined) {
          await rm(task.tempPath, { force: true });
        }
      } catch (err) {
        // The job is canceled either way; what is left shows up as an orphan on the server.
        job.snap.error = causeOf(err);
      }
      if (task.journaled) await journal.record({ t: 'end', id: task.journalId, state: 'canceled' });
    }
    job.live.clear();
    await this.#endJournal(job, journal, 'canceled');
  }

  /** A folder job's own line; a file job's line is its task's, which the task ends itself. */
  async #endJournal(
    job: JobRecord,
    journal: TransferJournal,
    state: 'succeeded' | 'canceled',
  ): Promise<void> {
    if (job.spec.kind !== 'folder') return;
    job.ended = true;
    await journal.record({ t: 'end', id: job.id, state });
  }

  async #client(profileId: string): Promise<S3Client> {
    const client = await this.#options.clientFor(profileId);
    addBandwidthLimit(client, this.#bandwidth);
    return client;
  }

  #markRunning(job: JobRecord): void {
    if (job.state === 'queued') this.#setState(job, 'running');
  }

  #setState(job: JobRecord, state: TransferState): void {
    if (job.state === state) return;
    job.snap.state = state;
    if (state !== 'running') {
      job.throttle.cancel();
      job.rate.reset();
    }
    this.#emitState(job);
  }

  #emitState(job: JobRecord): void {
    if (this.#closed) return;
    this.#options.onState?.(job.snapshot());
  }

  #emitProgress(job: JobRecord): void {
    if (this.#closed) return;
    const now = performance.now();
    job.rate.sample(job.snap.bytesDone, now);
    const { id, bytesDone, bytesTotal, filesDone, filesTotal } = job.snap;
    this.#options.onProgress?.({
      id,
      bytesDone,
      bytesTotal,
      ...(job.spec.kind === 'folder' ? { filesDone, filesTotal } : {}),
      rateBytesPerSec: Math.round(job.rate.bytesPerSec),
      etaSeconds: job.rate.etaSeconds(bytesDone, bytesTotal),
    });
  }
}
