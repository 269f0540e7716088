import type { S3Client } from '@aws-sdk/client-s3';
import { vi } from 'vitest';
import type { ChannelName, ChannelOutput } from '../../../../shared/contract/channels.js';
import { taskEnded } from '../../../../shared/domain/task.js';
import type { TaskRecord } from '../../../../shared/domain/task.js';
import { createCore } from '../../create-core.js';
import type { Core } from '../../create-core.js';
import { toAppError } from '../../s3/errors.js';
import { createKeyFileCipher } from '../../secrets/key-file-cipher.js';
import { FolderSizeStore } from '../folder-size-store.js';
import { taskRunners } from '../runners/task-runners.js';
import { syncJournal } from '../sync/sync-copy.js';
import { TaskScheduler } from '../task-scheduler.js';
import type { TaskSchedulerOptions } from '../task-scheduler.js';

/** Waits for a task's last snapshot to show it ended; long enough for a few thousand keys. */
async function endOf(snapshots: TaskRecord[], id: string): Promise<TaskRecord> {
  return vi.waitFor(
    () => {
      const last = snapshots.findLast((s) => s.id === id);
      if (last === undefined || !taskEnded(last.state)) throw new Error(`task ${id} runs`);
      return last;
    },
    { timeout: 60_000, interval: 20 },
  );
}

/** The real scheduler and runners over the test's own S3 client (which a test may instrument). */
export function rgwScheduler(
  client: S3Client,
  journalDir: string,
  options: Partial<TaskSchedulerOptions> = {},
) {
  const snapshots: TaskRecord[] = [];
  const scheduler = new TaskScheduler({
    journalDir,
    runners: taskRunners(() => Promise.resolve(client), new FolderSizeStore(journalDir), {
      transferClientFor: () => Promise.resolve(client),
      journal: syncJournal(journalDir),
      toError: toAppError,
    }),
    onSnapshot: (record) => snapshots.push(record),
    toError: toAppError,
    ...options,
  });
  return { scheduler, snapshots, ended: (id: string) => endOf(snapshots, id) };
}

/** A whole core on a data folder (its journal there), driven through the dispatcher. */
export async function rgwCore(
  dataDir: string,
  /** Sees each snapshot as it is sent (a test may close the core right there). */
  onSnapshot?: (record: TaskRecord, core: Core) => void,
) {
  const snapshots: TaskRecord[] = [];
  const core: Core = createCore({
    appDataDir: dataDir,
    cipher: await createKeyFileCipher(dataDir),
    host: { kind: 'web', version: 'test' },
    emit: (event, payload) => {
      if (event !== 'tasks.snapshot') return;
      snapshots.push(payload as TaskRecord);
      onSnapshot?.(payload as TaskRecord, core);
    },
  });
  const call = async <C extends ChannelName>(
    channel: C,
    input: unknown,
  ): Promise<ChannelOutput<C>> => {
    const result = await core.dispatch(channel, input, { signal: new AbortController().signal });
    if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
    return result.value as ChannelOutput<C>;
  };
  return { core, call, snapshots, ended: (id: string) => endOf(snapshots, id) };
}
