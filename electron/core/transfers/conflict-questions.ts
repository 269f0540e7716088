import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../../../shared/contract/envelope.js';
import type { ConflictChoice } from '../../../shared/domain/transfer-job.js';
import { DestinationKeys } from './existence-lookup.js';
import { parentPrefix } from './folder-source.js';
import { isFinal } from './job-state.js';
import type { JobRecord } from './transfer-job-record.js';

/**
 * The questions jobs ask when a name exists: one at a time per job, and an "apply to all" answer
 * settles the job's other files and every job queued with it (the files of one drop or pick).
 */
export class ConflictQuestions {
  constructor(private readonly emit: (job: JobRecord) => void) {}

  ask(
    job: JobRecord,
    key: string,
    localPath: string | null,
    signal: AbortSignal,
  ): Promise<ConflictChoice> {
    const turn = job.askChain.then(() => {
      const policy = job.snap.conflictPolicy;
      if (policy !== 'ask') return policy;
      signal.throwIfAborted();
      return new Promise<ConflictChoice>((resolve, reject) => {
        const settle = (): void => {
          signal.removeEventListener('abort', onAbort);
          job.answer = undefined;
          job.snap.conflict = null;
        };
        const onAbort = (): void => {
          settle();
          reject(signal.reason instanceof Error ? signal.reason : new Error('Aborted'));
        };
        signal.addEventListener('abort', onAbort, { once: true });
        job.answer = (choice) => {
          settle();
          this.emit(job);
          resolve(choice);
        };
        job.snap.conflict = { key, localPath, coversOthers: coversOthers(job) };
        this.emit(job);
      });
    });
    job.askChain = turn.catch(() => undefined);
    return turn;
  }

  resolve(job: JobRecord, choice: ConflictChoice, applyToAll: boolean): void {
    const answer = job.answer;
    if (answer === undefined)
      throw new AppError('InvalidInput', 'This transfer is not waiting for an answer.');
    if (applyToAll)
      for (const mate of job.batch) {
        mate.snap.conflictPolicy = choice;
        if (mate !== job) mate.answer?.(choice);
      }
    answer(choice);
  }
}

/** Whether "apply to all" reaches more than this one file. */
function coversOthers(job: JobRecord): boolean {
  return job.spec.kind === 'folder' || job.batch.some((j) => j !== job && !isFinal(j.state));
}

/**
 * Jobs queued by one call become one batch; the files among them share one listing of the keys
 * directly under the folder they go to, and "keep both" avoids the names of the batch's others.
 */
export function joinBatch(jobs: JobRecord[], keyPrefix: string): void {
  const fileKeys = new Set<string>();
  for (const job of jobs) if (job.spec.kind === 'file') fileKeys.add(job.spec.task.key);
  const files = new DestinationKeys(keyPrefix, true);
  for (const job of jobs) {
    job.batch = jobs;
    if (job.spec.kind === 'file' && job.snap.direction === 'upload') {
      job.destination = files;
      job.plannedElsewhere = (key) => Promise.resolve(fileKeys.has(key));
    }
  }
}

/**
 * The listing an upload job asks about existing keys: a folder lists the whole tree under its
 * own prefix, a file (restored from the journal) the keys beside it. A folder's "keep both"
 * avoids names that another file of the same local folder will be uploaded under.
 */
export function uploadDestination(job: JobRecord): DestinationKeys {
  if (job.destination !== undefined) return job.destination;
  const spec = job.spec;
  if (spec.kind === 'folder') {
    job.destination = new DestinationKeys(spec.prefix, false);
    job.plannedElsewhere = async (key) => {
      if (!key.startsWith(spec.prefix)) return false;
      const local = join(spec.root, ...key.slice(spec.prefix.length).split('/'));
      return (await stat(local).catch(() => undefined)) !== undefined;
    };
  } else job.destination = new DestinationKeys(parentPrefix(spec.task.key), true);
  return job.destination;
}
