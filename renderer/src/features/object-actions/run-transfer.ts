import type { ContractClient } from '../../contract/contract-client.js';
import { askToStop } from './ask-to-stop.js';
import type { PlannedItem } from './destinations.js';
import type { RunProgress, RunReport, StopSwitch } from './run-report.js';
import { eachLimited, emptyReport, failureOf, keyFailures } from './run-report.js';

export interface TransferJob {
  profileId: string;
  mode: 'copy' | 'move';
  sourceBucket: string;
  targetBucket: string;
  items: readonly PlannedItem[];
  /** Inside folders, target keys that exist are replaced (the default) or skipped. */
  ifExists?: 'overwrite' | 'skip' | undefined;
  /** Objects left out beforehand because they exist at the destination, for the report. */
  skipped?: number | undefined;
  stop?: StopSwitch | undefined;
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
  const { profileId, sourceBucket, targetBucket, stop } = job;
  const report: RunReport = { ...emptyReport(), skipped: job.skipped ?? 0 };
  const stopped = () => stop?.stopped === true;
  const total = job.items.length;
  const objects = job.items.filter((item) => item.kind === 'object');
  const folders = job.items.filter((item) => item.kind === 'folder');
  onProgress({ done: 0, total });

  await eachLimited(objects, OBJECTS_AT_ONCE, async ({ source, target }) => {
    if (stopped()) {
      report.notDone.push({ name: source });
      return;
    }
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
    if (stopped()) {
      report.notDone.push({ name: source });
      continue;
    }
    const operationId = crypto.randomUUID();
    const finished = () => report.done + report.failures.length;
    const stopListening = client.on('objects.prefixProgress', (event) => {
      if (event.operationId !== operationId) return;
      onProgress({
        done: finished(),
        total,
        folder: { name: source, done: event.done, total: event.total },
      });
    });
    // The host finishes the objects in flight, then answers with what it did.
    let running = true;
    const unhook = stop?.onStop(() => {
      void askToStop(client, 'objects.stopPrefix', operationId, () => running);
    });
    try {
      const result = await client.invoke(
        job.mode === 'move' ? 'objects.movePrefix' : 'objects.copyPrefix',
        {
          profileId,
          source: { bucket: sourceBucket, prefix: source },
          target: { bucket: targetBucket, prefix: target },
          operationId,
          ...(job.ifExists === undefined ? {} : { ifExists: job.ifExists }),
        },
      );
      const failed = [...keyFailures(result.failed), ...keyFailures(result.deleteFailed)];
      report.skipped += result.skipped;
      if (result.canceled) report.notDone.push({ name: source, partly: result.copied });
      else if (failed.length === 0) report.done++;
      report.failures.push(...failed);
    } catch (err) {
      report.failures.push(failureOf(source, err));
    } finally {
      running = false;
      unhook?.();
      stopListening();
    }
    onProgress({ done: finished(), total });
  }
  report.stopped = report.notDone.length > 0;
  return report;
}
