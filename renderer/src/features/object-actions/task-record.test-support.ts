import type { TaskRecord } from '../../../../shared/domain/task.js';

/** A folder delete's record as the core would answer it, with the fields a test cares about. */
export function taskRecord(fields: Partial<TaskRecord>): TaskRecord {
  return {
    id: 'task-0001',
    spec: {
      kind: 'delete',
      profileId: 'profile-1',
      bucket: 'bucket-1',
      keys: [],
      prefixes: ['f/'],
    },
    state: 'running',
    itemsDone: 0,
    itemsTotal: null,
    bytesDone: 0,
    bytesTotal: null,
    itemsPerSecond: 0,
    bytesPerSecond: 0,
    etaSeconds: null,
    problems: [],
    problemCount: 0,
    results: null,
    error: null,
    result: null,
    controls: [],
    createdAt: '2026-12-06T00:00:00.000Z',
    endedAt: null,
    question: null,
    transfer: null,
    ...fields,
  };
}
