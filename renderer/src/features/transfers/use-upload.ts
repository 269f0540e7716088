import { useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Envelope } from '../../../../shared/contract/envelope.js';
import type { TaskRecord } from '../../../../shared/domain/task.js';
import type { Bridge } from '../../contract/bridge.js';
import type { ContractClient } from '../../contract/contract-client.js';
import { useContract } from '../../contract/contract-context.js';
import { ContractError, errorMessage } from '../../contract/contract-error.js';
import type { UploadSource } from './drop-tree.js';
import { messages } from './messages.js';
import { openDrop, spoolBatch } from './spool-client.js';
import { isCanceled, sendDrop } from './spool-drop.js';
import type { DropTransport } from './spool-drop.js';
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
import { startTask } from '../tasks/use-task-actions.js';

export type StartUpload = (target: UploadTarget, sources: readonly UploadSource[]) => void;

/**
 * Starts uploads from files the user dropped or picked. Electron's preload
 * hands their paths to the host, which answers grants; the browser host cannot
 * see the user's disk, so the bytes go to its spool first and it answers
 * grants for the spooled copies. Either way the page starts one upload task with grants, never
 * paths.
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
              startUpload(client, queryClient, target, grants),
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

export type PickAndUpload = (
  target: UploadTarget,
  pick: () => Promise<Envelope<string[] | null>>,
) => void;

/**
 * Uploads what the user picks in a host's native dialog (Electron's "Upload files…" and
 * "Upload folder…"): the host answers read grants for the picked items, or null when the user
 * canceled, and then nothing happens.
 */
export function usePickAndUpload(): PickAndUpload {
  const client = useContract();
  const queryClient = useQueryClient();
  return useCallback(
    (target, pick) => {
      const work = pick().then(async (answer) => {
        if (!answer.ok) throw new ContractError(answer.error);
        if (answer.value !== null) await startUpload(client, queryClient, target, answer.value);
      });
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

/** One drop or pick is one upload task, however many files and folders it holds. */
async function startUpload(
  client: ContractClient,
  queryClient: QueryClient,
  target: UploadTarget,
  grants: string[],
): Promise<TaskRecord> {
  if (grants.length === 0) throw new Error(messages.nothingToUpload);
  return startTask(client, queryClient, {
    kind: 'upload',
    profileId: target.profileId,
    bucket: target.bucket,
    keyPrefix: target.prefix,
    grants,
    // Every upload path ends here: the button, drag and drop, spooled or granted in place.
    conflict: uploadConflict.get(),
  });
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
  let bytesSent = 0;
  let filesDone = 0;
  const failures: string[] = [];
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
  const transport: DropTransport = {
    open: openDrop,
    send: spoolBatch,
    start: async (grants) => (await startUpload(client, queryClient, target, grants)).id,
    cancel: async (task) => {
      await client.invoke('tasks.control', { id: task, action: 'cancel' });
    },
  };
  try {
    await sendDrop(newDropId(), sources, transport, {
      signal: abort.signal,
      onBytes: (index, bytes) => {
        // A running sum: a drop of many files must not add them all up on every progress event.
        bytesSent += bytes - (sent[index] ?? 0);
        sent[index] = bytes;
        patch({ bytesSent });
      },
      onFileDone: () => patch({ filesDone: ++filesDone }),
      onFailed: (source, err) => failures.push(`${source.relativePath}: ${errorMessage(err)}`),
    });
    if (failures.length === 0) uploadActivity.change((list) => removeActivity(list, id));
    else
      patch({
        error: messages.sendFailed(
          messages.spoolingFiles(failures.length, sources.length),
          undefined,
        ),
        details: failures,
        cancel: null,
      });
  } catch (err) {
    if (isCanceled(err)) uploadActivity.change((list) => removeActivity(list, id));
    else patch({ error: errorMessage(err), details: failures, cancel: null });
  }
}
