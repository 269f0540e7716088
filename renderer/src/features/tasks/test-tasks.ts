import type { TaskRecord } from '../../../../shared/domain/task.js';

/** A running upload of one file, with whatever a test changes; for unit tests only. */
export function task(id: string, patch: Partial<TaskRecord> = {}): TaskRecord {
  return {
    id,
    spec: {
      kind: 'upload',
      profileId: 'profile-1',
      bucket: 'bucket-a',
      keyPrefix: 'in/',
      grants: ['A'.repeat(32)],
      conflict: 'ask',
    },
    state: 'running',
    itemsDone: 0,
    itemsTotal: 1,
    bytesDone: 0,
    bytesTotal: 1_000,
    itemsPerSecond: 0,
    bytesPerSecond: 0,
    etaSeconds: null,
    problems: [],
    problemCount: 0,
    results: null,
    error: null,
    result: null,
    controls: ['pause', 'cancel'],
    createdAt: '2026-01-01T00:00:00.000Z',
    endedAt: null,
    question: null,
    transfer: {
      name: 'a.bin',
      itemCount: 1,
      localPath: '/home/me/a.bin',
      skipped: 0,
      checks: {},
      openable: false,
    },
    ...patch,
  };
}
