import type { TaskRecord } from '../../../../shared/domain/task.js';
import type { ContractClient } from '../../contract/contract-client.js';
import { runTask } from '../../contract/run-task.js';
import type { PlannedItem } from './destinations.js';
import type { RunProgress, RunReport, StopSwitch } from './run-report.js';
import { addOutcome, emptyReport, failureOf } from './run-report.js';

export interface TransferJob {
  profileId: string;
  mode: 'copy' | 'move';
  sourceBucket: string;
  targetBucket: string;
  items: readonly PlannedItem[];
  /** Target keys that exist are replaced (the default) or skipped. */
  ifExists?: 'overwrite' | 'skip' | undefined;
  /** Objects left out beforehand because they exist at the destination, for the report. */
  skipped?: number | undefined;
  stop?: StopSwitch | undefined;
}

/**
 * How far the task is: a lone folder as that folder's objects; otherwise objects done of all
 * the objects, once the core has listed them (the items until then).
 */
function progressOf(items: readonly PlannedItem[], task: TaskRecord): RunProgress {
  const [only] = items;
  if (items.length === 1 && only?.kind === 'folder') {
    const folder = { name: only.source, done: task.itemsDone, total: task.itemsTotal };
    return { done: 0, total: 1, folder };
  }
  if (task.itemsTotal === null) return { done: 0, total: items.length };
  return { done: task.itemsDone, total: task.itemsTotal };
}

/** The task's end in the report's terms, by item where the record can tell. */
function reportOf(job: TransferJob, task: TaskRecord): RunReport {
  const report: RunReport = { ...emptyReport(), skipped: job.skipped ?? 0 };
  const [only] = job.items;
  if (task.state === 'succeeded') {
    report.done = job.items.length;
    if (task.result?.kind === 'transfer') report.skipped += task.result.skipped;
  } else if (task.state === 'canceled') {
    report.stopped = true;
    // One item: how much of it was done. Several: the objects done, and each item named.
    if (job.items.length === 1 && only?.kind === 'folder')
      report.notDone.push({ name: only.source, partly: task.itemsDone });
    else {
      report.done = job.items.length === 1 ? 0 : task.itemsDone;
      report.notDone.push(...job.items.map((item) => ({ name: item.source })));
    }
  } else {
    // Failed: each object the server refused, or the task's own error.
    addOutcome(report, only?.source ?? '', task);
    report.done = task.itemsDone;
  }
  return report;
}

/**
 * Copies or moves the objects and folders as one task of the core: it runs there whatever
 * happens to the page, and the activity panel shows it too. A Stop cancels the task.
 */
export async function runTransfer(
  client: ContractClient,
  job: TransferJob,
  onProgress: (progress: RunProgress) => void,
): Promise<RunReport> {
  // Every item existed at the destination and was skipped: nothing to send.
  if (job.items.length === 0) return { ...emptyReport(), skipped: job.skipped ?? 0 };
  onProgress({ done: 0, total: job.items.length });
  try {
    const task = await runTask(
      client,
      {
        kind: job.mode,
        profileId: job.profileId,
        bucket: job.sourceBucket,
        targetBucket: job.targetBucket,
        items: job.items.map(({ kind, source, target }) => ({ kind, source, target })),
        ifExists: job.ifExists ?? 'overwrite',
      },
      { stop: job.stop, onSnapshot: (task) => onProgress(progressOf(job.items, task)) },
    );
    return reportOf(job, task);
  } catch (err) {
    // The task could not start (the connection refused it, an item was out of bounds).
    return { ...emptyReport(), failures: [failureOf(job.items[0]?.source ?? '', err)] };
  }
}
