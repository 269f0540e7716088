import type { TaskRecord } from '../../../../shared/domain/task.js';
import { taskRecord } from '../object-actions/task-record.test-support.js';

/** A running upload of one file as the core would answer it, with what a test changes. */
export function task(id: string, patch: Partial<TaskRecord> = {}): TaskRecord {
  return taskRecord({
    id,
    spec: {
      kind: 'upload',
      profileId: 'profile-1',
      bucket: 'bucket-a',
      keyPrefix: 'in/',
      grants: ['A'.repeat(32)],
      conflict: 'ask',
    },
    itemsTotal: 1,
    bytesTotal: 1_000,
    controls: ['pause', 'cancel'],
    transfer: {
      name: 'a.bin',
      itemCount: 1,
      localPath: '/home/me/a.bin',
      skipped: 0,
      checks: {},
      openable: false,
    },
    ...patch,
  });
}
