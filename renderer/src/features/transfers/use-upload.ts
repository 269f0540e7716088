import { useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Bridge } from '../../contract/bridge.js';
import type { ContractClient } from '../../contract/contract-client.js';
import { useContract } from '../../contract/contract-context.js';
import { ContractError, errorMessage } from '../../contract/contract-error.js';
import type { UploadSource } from './drop-tree.js';
import { messages } from './messages.js';
import { spoolFile } from './spool-client.js';
import { newDropId, topLevelNames, totalBytes } from './spool-paths.js';
import {
  activityId,
  addActivity,
  notice,
  removeActivity,
  updateActivity,
  uploadActivity,
} from './upload-activity.js';
import { uploadConflict } from './upload-conflict-setting.js';
import type { UploadTarget } from './upload-target.js';
import { mergeJobs } from './use-transfers.js';

/** Files sent to the spool at once: enough to hide per-request latency, few enough to show progress. */
const SPOOL_CONCURRENCY = 3;

export type StartUpload = (target: UploadTarget, sources: readonly UploadSource[]) => void;

/**
 * Starts uploads from files the user dropped or picked. Electron's preload
 * hands their paths to the host, which answers grants; the browser host cannot
 * see the user's disk, so the bytes go to its spool first and it answers
 * grants for the spooled copies. Either way the page enqueues grants, never paths.
 */
export function useUpload(): StartUpload {
  const client = useContract();
  const queryClient = useQueryClient();
  return useCallback(
    (target, sources) => {
      if (sources.length === 0) {
        uploadActivity.change((list) => addActivity(list, notice(messages.nothingToUpload, null)));
        return;
      }
      const bridge = window.holdall;
      const work =
        bridge?.grantFiles === undefined
          ? spoolAndEnqueue(client, queryClient, target, sources)
          : grantInPlace(bridge, sources).then((grants) =>
              enqueue(client, queryClient, target, grants),
            );
      work.catch((err: unknown) => {
        uploadActivity.change((list) =>
          addActivity(list, notice(messages.uploadFailed, errorMessage(err))),
        );
      });
    },
    [client, queryClient],
  );
}

async function grantInPlace(
  bridge: Pick<Bridge, 'grantFiles'>,
  sources: readonly UploadSource[],
): Promise<string[]> {
  const answer = await bridge.grantFiles?.(sources.map(({ file }) => file));
  if (answer === undefined) return [];
  if (!answer.ok) throw new ContractError(answer.error);
  return answer.value;
}

async function enqueue(
  client: ContractClient,
  queryClient: QueryClient,
  target: UploadTarget,
  grants: string[],
): Promise<void> {
  if (grants.length === 0) throw new Error(messages.nothingToUpload);
  const jobs = await client.invoke('transfers.enqueueUpload', {
    profileId: target.profileId,
    bucket: target.bucket,
    keyPrefix: target.prefix,
    grants,
    // Every upload path ends here: the button, drag and drop, spooled or granted in place.
    conflict: uploadConflict.get(),
  });
  mergeJobs(queryClient, jobs);
}

async function spoolAndEnqueue(
  client: ContractClient,
  queryClient: QueryClient,
  target: UploadTarget,
  sources: readonly UploadSource[],
): Promise<void> {
  const id = activityId();
  const abort = new AbortController();
  const sent = sources.map(() => 0);
  let filesDone = 0;
  const patch = (change: Parameters<typeof updateActivity>[2]) =>
    uploadActivity.change((list) => updateActivity(list, id, change));
  uploadActivity.change((list) =>
    addActivity(list, {
      id,
      title: messages.spoolingOf(topLevelNames(sources).join(', ')),
      bytesSent: 0,
      bytesTotal: totalBytes(sources),
      filesDone: 0,
      filesTotal: sources.length,
      error: null,
      details: [],
      cancel: () => abort.abort(),
    }),
  );
  const dropId = newDropId();
  const spooled: string[] = new Array<string>(sources.length).fill('');
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < sources.length && !abort.signal.aborted) {
      const index = next++;
      const source = sources[index];
      if (source === undefined) return;
      spooled[index] = await spoolFile(
        dropId,
        source.relativePath,
        source.file,
        (bytes) => {
          sent[index] = bytes;
          patch({ bytesSent: sent.reduce((a, b) => a + b, 0) });
        },
        abort.signal,
      );
      filesDone++;
      patch({ filesDone });
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(SPOOL_CONCURRENCY, sources.length) }, worker));
    // Workers stop between files on cancel without throwing; nothing half-sent may be enqueued.
    if (abort.signal.aborted) {
      uploadActivity.change((list) => removeActivity(list, id));
      return;
    }
    patch({ cancel: null });
    // Files of one dropped folder share its grant: the folder is enqueued once.
    await enqueue(client, queryClient, target, [...new Set(spooled)]);
    uploadActivity.change((list) => removeActivity(list, id));
  } catch (err) {
    abort.abort();
    if (isCanceled(err)) uploadActivity.change((list) => removeActivity(list, id));
    else patch({ error: errorMessage(err), cancel: null });
  }
}

function isCanceled(err: unknown): boolean {
  return err instanceof Error && 'code' in err && err.code === 'Canceled';
}
