import type { ContractClient } from '../../contract/contract-client.js';
import type { ObjectSelection } from '../objects/selection.js';
import { askToStop } from './ask-to-stop.js';
import type { RunProgress, RunReport, StopSwitch } from './run-report.js';
import { emptyReport, failureOf, keyFailures } from './run-report.js';

// As many as one DeleteObjects request carries: a Stop takes effect between requests.
const KEYS_PER_CALL = 1_000;

export interface DeleteJob {
  profileId: string;
  bucket: string;
  selection: ObjectSelection;
  stop?: StopSwitch | undefined;
}

/**
 * The objects a thousand per request, then each folder with everything under it. A Stop is
 * heard between requests, between folders, and by the host between pages of a folder.
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
    const operationId = crypto.randomUUID();
    const before = deleted;
    let running = true;
    const unhook = stop?.onStop(() => {
      void askToStop(client, 'objects.stopDeletePrefix', operationId, () => running);
    });
    const stopListening = client.on('objects.deletePrefixProgress', (event) => {
      if (event.operationId !== operationId) return;
      onProgress({ done: finished(), total, deleted: before + event.deleted });
    });
    try {
      const result = await client.invoke('objects.deletePrefix', {
        profileId,
        bucket,
        prefix,
        operationId,
      });
      deleted = before + result.deleted;
      if (result.stopped === true) report.notDone.push({ name: prefix, partly: result.deleted });
      else if (result.errors.length === 0) report.done++;
      report.failures.push(...keyFailures(result.errors));
    } catch (err) {
      report.failures.push(failureOf(prefix, err));
    } finally {
      running = false;
      unhook?.();
      stopListening();
    }
    onProgress({ done: finished(), total, deleted });
  }
  report.stopped = report.notDone.length > 0;
  return report;
}
