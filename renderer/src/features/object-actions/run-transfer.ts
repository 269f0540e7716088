import type { ContractClient } from '../../contract/contract-client.js';
import type { PlannedItem } from './destinations.js';
import type { RunProgress, RunReport } from './run-report.js';
import { eachLimited, failureOf, keyFailures } from './run-report.js';

export interface TransferJob {
  profileId: string;
  mode: 'copy' | 'move';
  sourceBucket: string;
  targetBucket: string;
  items: readonly PlannedItem[];
}

const OBJECTS_AT_ONCE = 4;

/**
 * Copies or moves objects (a few at a time) and then folders (one at a time, each with its
 * own progress events), collecting every failure with the item it belongs to.
 */
export async function runTransfer(
  client: ContractClient,
  job: TransferJob,
  onProgress: (progress: RunProgress) => void,
): Promise<RunReport> {
  const { profileId, sourceBucket, targetBucket } = job;
  const report: RunReport = { done: 0, failures: [] };
  const total = job.items.length;
  const objects = job.items.filter((item) => item.kind === 'object');
  const folders = job.items.filter((item) => item.kind === 'folder');
  onProgress({ done: 0, total });

  await eachLimited(objects, OBJECTS_AT_ONCE, async ({ source, target }) => {
    try {
      await client.invoke(job.mode === 'move' ? 'objects.move' : 'objects.copy', {
        profileId,
        source: { bucket: sourceBucket, key: source },
        target: { bucket: targetBucket, key: target },
      });
      report.done++;
    } catch (err) {
      report.failures.push(failureOf(source, err));
    }
    onProgress({ done: report.done + report.failures.length, total });
  });

  for (const { source, target } of folders) {
    const operationId = crypto.randomUUID();
    const finished = () => report.done + report.failures.length;
    const stop = client.on('objects.prefixProgress', (event) => {
      if (event.operationId !== operationId) return;
      onProgress({
        done: finished(),
        total,
        folder: { name: source, done: event.done, total: event.total },
      });
    });
    try {
      const result = await client.invoke(
        job.mode === 'move' ? 'objects.movePrefix' : 'objects.copyPrefix',
        {
          profileId,
          source: { bucket: sourceBucket, prefix: source },
          target: { bucket: targetBucket, prefix: target },
          operationId,
        },
      );
      const failed = [...keyFailures(result.failed), ...keyFailures(result.deleteFailed)];
      if (failed.length === 0) report.done++;
      report.failures.push(...failed);
    } catch (err) {
      report.failures.push(failureOf(source, err));
    } finally {
      stop();
    }
    onProgress({ done: finished(), total });
  }
  return report;
}
