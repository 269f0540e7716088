import type { ContractClient } from '../../contract/contract-client.js';
import type { ObjectSelection } from '../objects/selection.js';
import { runTask } from '../../contract/run-task.js';
import type { RunProgress, RunReport, StopSwitch } from './run-report.js';
import { addOutcome, emptyReport, failureOf, keyFailures } from './run-report.js';

// As many as one DeleteObjects request carries: a Stop takes effect between requests.
const KEYS_PER_CALL = 1_000;

export interface DeleteJob {
  profileId: string;
  bucket: string;
  selection: ObjectSelection;
  stop?: StopSwitch | undefined;
}

/**
 * The objects a thousand per request, then each folder with everything under it as a task of
 * the core. A Stop is heard between requests, between folders, and by a folder's task (canceled
 * between the pages it deletes).
 */
export async function runDelete(
  client: ContractClient,
  { profileId, bucket, selection, stop }: DeleteJob,
  onProgress: (progress: RunProgress & { deleted: number }) => void,
): Promise<RunReport> {
  const report = emptyReport();
  const stopped = () => stop?.stopped === true;
  const total = selection.keys.length + selection.prefixes.length;
  let deleted = 0;
  const finished = () => report.done + report.failures.length;
  onProgress({ done: 0, total, deleted });

  // A select-all of a huge folder stays within what one call may carry, and shows progress.
  for (let start = 0; start < selection.keys.length; start += KEYS_PER_CALL) {
    const keys = selection.keys.slice(start, start + KEYS_PER_CALL);
    if (stopped()) {
      report.notDone.push(...keys.map((name) => ({ name })));
      continue;
    }
    try {
      const result = await client.invoke('objects.deleteMany', { profileId, bucket, keys });
      deleted += result.deleted;
      report.done += keys.length - result.errors.length;
      report.failures.push(...keyFailures(result.errors));
    } catch (err) {
      report.failures.push(...keys.map((key) => failureOf(key, err)));
    }
    onProgress({ done: finished(), total, deleted });
  }

  for (const prefix of selection.prefixes) {
    if (stopped()) {
      report.notDone.push({ name: prefix });
      continue;
    }
    const before = deleted;
    try {
      const task = await runTask(
        client,
        { kind: 'deletePrefix', profileId, bucket, prefix },
        {
          stop,
          onSnapshot: ({ itemsDone }) =>
            onProgress({ done: finished(), total, deleted: before + itemsDone }),
        },
      );
      deleted = before + task.itemsDone;
      addOutcome(report, prefix, task);
    } catch (err) {
      report.failures.push(failureOf(prefix, err));
    }
    onProgress({ done: finished(), total, deleted });
  }
  report.stopped = report.notDone.length > 0;
  return report;
}
