import { setMaxListeners } from 'node:events';
import { rm } from 'node:fs/promises';
import type { S3Client } from '@aws-sdk/client-s3';
import type { TransferState } from '../../../shared/domain/transfer-job.js';
import type { TransferSettings } from '../../../shared/domain/transfer-settings.js';
import { addBandwidthLimit } from './bandwidth-middleware.js';
import type { ConflictQuestions } from './conflict-questions.js';
import { uploadDestination } from './conflict-questions.js';
import type { FileTask } from './file-task.js';
import { runFolderJob } from './folder-run.js';
import type { FolderRunEnv } from './folder-run.js';
import type { TransferJournal } from './journal.js';
import type { RequestLimiter } from './request-limiter.js';
import { runDownloadTask, runUploadTask } from './run-file-task.js';
import type { TaskEnv, TaskOutcome } from './run-file-task.js';
import type { Slots } from './slots.js';
import type { TokenBucket } from './token-bucket.js';
import type { JobRecord } from './transfer-job-record.js';
import { causeOf } from './transfer-cause.js';
import type { TransferQueueOptions } from './transfer-queue-options.js';
import { abortUpload } from './upload-file.js';

/** What the runner shares with the queue that owns it. */
export interface JobRunnerEnv {
  options: TransferQueueOptions;
  settings(): TransferSettings;
  journal(): Promise<TransferJournal>;
  closed(): boolean;
  slots: Slots;
  limiter: RequestLimiter;
  bandwidth: TokenBucket;
  questions: ConflictQuestions;
}

/**
 * Runs the queue's jobs: a file job in one slot, a folder job over many; moves each job through
 * its states, journals how it ended and reports state and progress. Stopping from outside (pause,
 * cancel, close) is the job's `stopReason` plus an abort of its controller.
 */
export class JobRunner {
  constructor(private readonly env: JobRunnerEnv) {}

  start(job: JobRecord): void {
    if (this.env.closed()) return;
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
      const journal = await this.env.journal();
      const client = await this.client(job.snap.profileId);
      if (job.spec.kind === 'folder')
        await runFolderJob(this.#folderEnv(client, journal), job, job.spec, client, signal);
      else await this.#runFile(job, job.spec.task, client, journal, signal);
      signal.throwIfAborted();
      await this.endJournal(job, journal, 'succeeded');
      this.setState(job, 'succeeded');
    } catch (err) {
      await this.#stopped(job, err);
    }
  }

  #folderEnv(client: S3Client, journal: TransferJournal): FolderRunEnv {
    return {
      slots: this.env.slots,
      liveFolders: this.env.options.liveFolders,
      countFolders: this.env.options.countFolders !== false,
      retry: this.env.options.retry,
      markRunning: (job) => this.#markRunning(job),
      runTask: (job, task, signal) => this.#runTask(job, task, client, journal, signal),
      count: (job, task, outcome) => this.#count(job, task, outcome),
    };
  }

  async #runFile(
    job: JobRecord,
    task: FileTask,
    client: S3Client,
    journal: TransferJournal,
    signal: AbortSignal,
  ): Promise<void> {
    const release = await this.env.slots.acquire(signal);
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

  #runTask(
    job: JobRecord,
    task: FileTask,
    client: S3Client,
    journal: TransferJournal,
    signal: AbortSignal,
  ): Promise<TaskOutcome> {
    const { options } = this.env;
    const upload = job.snap.direction === 'upload';
    // Made first: a folder's also sets what its "keep both" must avoid.
    const destination = upload ? uploadDestination(job) : undefined;
    const env: TaskEnv = {
      client,
      journal,
      limiter: this.env.limiter,
      signal,
      profileId: job.snap.profileId,
      bucket: job.snap.bucket,
      taskId: job.snap.taskId,
      partConcurrency: this.env.settings().partConcurrency,
      ...(options.retry === undefined ? {} : { retry: options.retry }),
      ...(options.plan === undefined ? {} : { plan: options.plan }),
      ...(options.rangeThreshold === undefined ? {} : { rangeThreshold: options.rangeThreshold }),
      policy: () => job.snap.conflictPolicy,
      ask: (key, localPath) => this.env.questions.ask(job, key, localPath, signal),
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

  async #stopped(job: JobRecord, err: unknown): Promise<void> {
    const reason = job.stopReason;
    if (reason === 'close') return;
    if (reason === 'pause') {
      this.setState(job, 'paused');
      return;
    }
    if (reason === 'cancel') {
      await this.cancelCleanup(job);
      this.setState(job, 'canceled');
      return;
    }
    job.snap.error = causeOf(err);
    this.setState(job, 'failed');
  }

  /** Cancel means the server forgets the parts and no temporary file stays behind. */
  async cancelCleanup(job: JobRecord): Promise<void> {
    job.counting.abort();
    const journal = await this.env.journal();
    for (const task of job.live.values()) {
      try {
        if (job.snap.direction === 'upload' && task.uploadId !== undefined) {
          const client = await this.client(job.snap.profileId);
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
    await this.endJournal(job, journal, 'canceled');
  }

  /** A folder job's own line; a file job's line is its task's, which the task ends itself. */
  async endJournal(
    job: JobRecord,
    journal: TransferJournal,
    state: 'succeeded' | 'canceled',
  ): Promise<void> {
    if (job.spec.kind !== 'folder') return;
    job.ended = true;
    await journal.record({ t: 'end', id: job.id, state });
  }

  /** The profile's client, held to the queue's bandwidth limit. */
  async client(profileId: string): Promise<S3Client> {
    const client = await this.env.options.clientFor(profileId);
    addBandwidthLimit(client, this.env.bandwidth);
    return client;
  }

  #markRunning(job: JobRecord): void {
    if (job.state === 'queued') this.setState(job, 'running');
  }

  setState(job: JobRecord, state: TransferState): void {
    if (job.state === state) return;
    job.snap.state = state;
    if (state !== 'running') {
      job.throttle.cancel();
      job.rate.reset();
    }
    this.emitState(job);
  }

  emitState(job: JobRecord): void {
    if (this.env.closed()) return;
    this.env.options.onState?.(job.snapshot());
  }

  emitProgress(job: JobRecord): void {
    if (this.env.closed()) return;
    const now = performance.now();
    job.rate.sample(job.snap.bytesDone, now);
    const { id, bytesDone, bytesTotal, filesDone, filesTotal } = job.snap;
    this.env.options.onProgress?.({
      id,
      bytesDone,
      bytesTotal,
      ...(job.spec.kind === 'folder' ? { filesDone, filesTotal } : {}),
      rateBytesPerSec: Math.round(job.rate.bytesPerSec),
      etaSeconds: job.rate.etaSeconds(bytesDone, bytesTotal),
    });
  }
}
