import type { TaskRecord } from '../../../../shared/domain/task.js';
import type { ContractClient } from '../../contract/contract-client.js';
import type { ObjectSelection } from '../objects/selection.js';
import { runTask } from '../../contract/run-task.js';
import type { RunProgress, RunReport, StopSwitch } from './run-report.js';
import { addOutcome, emptyReport, failureOf } from './run-report.js';

export interface DeleteJob {
  profileId: string;
  bucket: string;
  selection: ObjectSelection;
  stop?: StopSwitch | undefined;
}

type DeleteProgress = RunProgress & { deleted: number };

/**
 * The core deletes the keys first, a thousand a request, in selection order: how many of them
 * it has been through (deleted or refused) tells which are behind it.
 */
function keysBehind(selection: ObjectSelection, task: TaskRecord): number {
  return Math.min(selection.keys.length, task.itemsDone + task.problemCount);
}

/** A lone folder as that folder's objects; otherwise the selected keys done, then folders. */
function progressOf(selection: ObjectSelection, task: TaskRecord): DeleteProgress {
  const { keys, prefixes } = selection;
  const [only] = prefixes;
  const deleted = task.itemsDone;
  if (keys.length === 0 && prefixes.length === 1 && only !== undefined)
    return { done: 0, total: 1, folder: { name: only, done: deleted, total: null }, deleted };
  return { done: keysBehind(selection, task), total: keys.length + prefixes.length, deleted };
}

/** The task's end in the report's terms, by item where the record can tell. */
function reportOf(selection: ObjectSelection, task: TaskRecord): RunReport {
  const report = emptyReport();
  const { keys, prefixes } = selection;
  const [only] = prefixes;
  if (task.state === 'succeeded') report.done = keys.length + prefixes.length;
  else if (task.state === 'canceled') {
    report.stopped = true;
    if (keys.length === 0 && prefixes.length === 1 && only !== undefined)
      report.notDone.push({ name: only, partly: task.itemsDone });
    else {
      // A folder may have been partly worked through: it is named whole.
      const behind = keysBehind(selection, task);
      report.done = behind;
      report.notDone.push(...[...keys.slice(behind), ...prefixes].map((name) => ({ name })));
    }
  } else {
    // Failed: each object the server kept, or the task's own error.
    addOutcome(report, only ?? keys[0] ?? '', task);
    report.done = task.itemsDone;
  }
  return report;
}

/**
 * Deletes the objects and folders (everything under each) as one task of the core: it runs
 * there whatever happens to the page, and the activity panel shows it too. A Stop cancels the
 * task, which stops between requests, never in the middle of one.
 */
export async function runDelete(
  client: ContractClient,
  { profileId, bucket, selection, stop }: DeleteJob,
  onProgress: (progress: DeleteProgress) => void,
): Promise<RunReport> {
  const { keys, prefixes } = selection;
  onProgress({ done: 0, total: keys.length + prefixes.length, deleted: 0 });
  try {
    const task = await runTask(
      client,
      { kind: 'delete', profileId, bucket, keys: [...keys], prefixes: [...prefixes] },
      { stop, onSnapshot: (record) => onProgress(progressOf(selection, record)) },
    );
    return reportOf(selection, task);
  } catch (err) {
    // The task could not start (the connection refused it, a key was out of bounds).
    return { ...emptyReport(), failures: [failureOf(prefixes[0] ?? keys[0] ?? '', err)] };
  }
}
