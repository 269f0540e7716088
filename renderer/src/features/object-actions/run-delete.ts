import type { ContractClient } from '../../contract/contract-client.js';
import type { ObjectSelection } from '../objects/selection.js';
import type { RunProgress, RunReport } from './run-report.js';
import { failureOf, keyFailures } from './run-report.js';

const KEYS_PER_CALL = 5_000;

export interface DeleteJob {
  profileId: string;
  bucket: string;
  selection: ObjectSelection;
}

/** The objects in one request, then each folder with everything under it. */
export async function runDelete(
  client: ContractClient,
  { profileId, bucket, selection }: DeleteJob,
  onProgress: (progress: RunProgress & { deleted: number }) => void,
): Promise<RunReport> {
  const report: RunReport = { done: 0, failures: [] };
  const total = selection.keys.length + selection.prefixes.length;
  let deleted = 0;
  const finished = () => report.done + report.failures.length;
  onProgress({ done: 0, total, deleted });

  // A select-all of a huge folder stays within what one call may carry, and shows progress.
  for (let start = 0; start < selection.keys.length; start += KEYS_PER_CALL) {
    const keys = selection.keys.slice(start, start + KEYS_PER_CALL);
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
    const operationId = crypto.randomUUID();
    const before = deleted;
    const stop = client.on('objects.deletePrefixProgress', (event) => {
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
      if (result.errors.length === 0) report.done++;
      report.failures.push(...keyFailures(result.errors));
    } catch (err) {
      report.failures.push(failureOf(prefix, err));
    } finally {
      stop();
    }
    onProgress({ done: finished(), total, deleted });
  }
  return report;
}
