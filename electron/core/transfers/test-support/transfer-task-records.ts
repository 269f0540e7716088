import type { TaskRecord } from '../../../../shared/domain/task.js';
import { job } from '../../../../shared/domain/test-jobs.js';
import type { TransferTaskInfo } from '../../../../shared/domain/transfer-task.js';
import { transferTaskRecord } from '../transfer-task-record.js';
import type { TransferTaskFacts } from '../transfer-task-record.js';

/** What an upload task of one file named after `id` is, beyond its jobs. */
export function uploadTaskFacts(id: string): TransferTaskFacts {
  return {
    id,
    spec: {
      kind: 'upload',
      profileId: 'p1',
      bucket: 'b',
      keyPrefix: 'in/',
      grants: ['g'.repeat(32)],
      conflict: 'overwrite',
    },
    createdAt: '2026-01-01T00:00:00.000Z',
    name: `${id}.bin`,
    localPath: `/tmp/${id}.bin`,
    itemCount: 1,
    refused: [],
  };
}

/**
 * A running upload task of one 100-byte file as the core builds it, changed by `patch`: the
 * tests' transfer task record. `transfer` merges into the built one rather than replacing it.
 */
export function transferTask(
  id: string,
  patch: Partial<Omit<TaskRecord, 'transfer'>> & { transfer?: Partial<TransferTaskInfo> } = {},
): TaskRecord {
  const built = transferTaskRecord(uploadTaskFacts(id), [job(id)], {
    bytesPerSecond: 0,
    itemsPerSecond: 0,
    stalled: false,
    endedAt: null,
  });
  const { transfer, ...rest } = patch;
  return { ...built, ...rest, transfer: { ...(built.transfer as TransferTaskInfo), ...transfer } };
}
