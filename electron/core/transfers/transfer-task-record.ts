import type { AppErrorShape } from '../../../shared/contract/envelope.js';
import { MAX_TASK_PROBLEMS, taskEnded } from '../../../shared/domain/task.js';
import type {
  TaskAction,
  TaskProblem,
  TaskRecord,
  TaskState,
} from '../../../shared/domain/task.js';
import type {
  DownloadCheck,
  RefusedItem,
  TransferJob,
} from '../../../shared/domain/transfer-job.js';
import type { TransferTaskSpec } from '../../../shared/domain/transfer-task.js';

/** What an upload or download task is beyond its jobs: fixed when it starts, journaled. */
export interface TransferTaskFacts {
  id: string;
  spec: TransferTaskSpec;
  createdAt: string;
  /** The one item's name; null when the request named several. */
  name: string | null;
  localPath: string | null;
  /** Items as requested, before folders expand. */
  itemCount: number;
  /** Keys refused as destinations when it started. */
  refused: readonly RefusedItem[];
}

/** What only the live task knows: rates and whether it has stopped advancing. */
export interface TransferTaskLive {
  bytesPerSecond: number;
  itemsPerSecond: number;
  /** Running, but nothing advanced for the stall time. */
  stalled: boolean;
  endedAt: string | null;
}

/** How many of a task's jobs are in each state, and how many ask a question. */
export interface JobCounts {
  jobs: number;
  asking: number;
  byState: Record<TransferJob['state'], number>;
}

export function emptyCounts(): JobCounts {
  const byState = { queued: 0, running: 0, paused: 0, succeeded: 0, failed: 0, canceled: 0 };
  return { jobs: 0, asking: 0, byState };
}

/** Adds (sign 1) or takes back (sign -1) one job snapshot. */
export function countJob(counts: JobCounts, job: TransferJob, sign: 1 | -1): void {
  counts.jobs += sign;
  counts.byState[job.state] += sign;
  if (job.conflict !== null) counts.asking += sign;
}

/**
 * The task's state from its jobs': a question outranks everything, then work in progress, then
 * work waiting, then a hold; an ended task failed if any job did, and was canceled if any job
 * was (a Cancel after some files went still ends the task canceled). A task without jobs (every key refused) has nothing left to do. From counts,
 * so a task of thousands of files tells a state change without looking at each.
 */
export function transferTaskState(counts: JobCounts, stalled: boolean): TaskState {
  const { byState } = counts;
  if (counts.asking > 0) return 'waiting';
  if (byState.running > 0) return stalled ? 'stalled' : 'running';
  if (byState.queued > 0) return 'queued';
  if (byState.paused > 0) return 'paused';
  if (byState.failed > 0) return 'failed';
  if (byState.canceled > 0) return 'canceled';
  return 'succeeded';
}

/** The actions that mean something for a transfer task in this state. */
export function transferTaskControls(state: TaskState): TaskAction[] {
  switch (state) {
    case 'queued':
    case 'running':
    case 'stalled':
    case 'waiting':
      return ['pause', 'cancel'];
    case 'paused':
      return ['resume', 'cancel'];
    // A failed task can be given up: Cancel aborts what it left on the server (an unfinished
    // multipart upload, a temporary file), and Clear finished then forgets it.
    case 'failed':
      return ['retry', 'cancel'];
    case 'succeeded':
    case 'canceled':
      return [];
  }
}

/** Keys refused at the start, then job by job: what its walk refused, and its failure by code. */
function problemsOf(facts: TransferTaskFacts, jobs: readonly TransferJob[]) {
  const problems: TaskProblem[] = [];
  let count = 0;
  const add = (problem: TaskProblem): void => {
    count++;
    if (problems.length < MAX_TASK_PROBLEMS) problems.push(problem);
  };
  const refused = (item: RefusedItem): void =>
    add({ item: item.key, code: 'Refused', message: item.reason });
  facts.refused.forEach(refused);
  for (const job of jobs) {
    job.refused.forEach(refused);
    // Refused items past the job's own list are counted, not named.
    count += job.refusedCount - job.refused.length;
    if (job.state === 'failed' && job.error !== null)
      add({ item: job.key, code: job.error.code, message: job.error.message });
  }
  return { problems, count };
}

function sumChecks(jobs: readonly TransferJob[]): Partial<Record<DownloadCheck, number>> {
  const checks: Partial<Record<DownloadCheck, number>> = {};
  for (const job of jobs)
    for (const [check, n] of Object.entries(job.checks) as [DownloadCheck, number][])
      checks[check] = (checks[check] ?? 0) + n;
  return checks;
}

/** A task's record from its facts and the snapshots of its jobs (in the order they were made). */
export function transferTaskRecord(
  facts: TransferTaskFacts,
  jobs: readonly TransferJob[],
  live: TransferTaskLive,
): TaskRecord {
  const counts = emptyCounts();
  for (const job of jobs) countJob(counts, job, 1);
  const state = transferTaskState(counts, live.stalled);
  const sum = (pick: (job: TransferJob) => number) => jobs.reduce((n, job) => n + pick(job), 0);
  const counted = jobs.every((job) => job.totalsKnown);
  const itemsTotal = counted ? sum((job) => job.filesTotal) : null;
  const bytesDone = sum((job) => job.bytesDone);
  const bytesTotal = counted ? sum((job) => job.bytesTotal) : null;
  const active = state === 'running' || state === 'stalled' || state === 'waiting';
  const bytesPerSecond = active ? live.bytesPerSecond : 0;
  const asking = jobs.find((job) => job.conflict !== null)?.conflict ?? null;
  const failure: AppErrorShape | null =
    state === 'failed' ? (jobs.find((job) => job.state === 'failed')?.error ?? null) : null;
  const { problems, count } = problemsOf(facts, jobs);
  const [only] = jobs;
  return {
    id: facts.id,
    spec: facts.spec,
    state,
    itemsDone: sum((job) => job.filesDone),
    itemsTotal,
    bytesDone,
    bytesTotal,
    itemsPerSecond: active ? live.itemsPerSecond : 0,
    bytesPerSecond,
    etaSeconds:
      bytesTotal !== null && bytesPerSecond > 0
        ? Math.max(0, Math.round((bytesTotal - bytesDone) / bytesPerSecond))
        : null,
    problems,
    problemCount: count,
    results: null,
    error: failure,
    result: null,
    controls: transferTaskControls(state),
    createdAt: facts.createdAt,
    endedAt: taskEnded(state) ? live.endedAt : null,
    question:
      asking === null
        ? null
        : {
            item: asking.key,
            localPath: asking.localPath,
            coversOthers: asking.coversOthers ?? false,
          },
    transfer: {
      name: facts.name,
      itemCount: facts.itemCount,
      localPath: facts.localPath,
      skipped: sum((job) => job.skippedCount),
      checks: sumChecks(jobs),
      openable:
        state === 'succeeded' &&
        facts.spec.kind === 'download' &&
        jobs.length === 1 &&
        only?.kind === 'file' &&
        only.skippedCount === 0,
    },
  };
}
