import type { TransferJob } from './transfer-job.js';

/** A running single-file upload of 100 bytes, changed by `patch`: the tests' job snapshot. */
export function job(id: string, patch: Partial<TransferJob> = {}): TransferJob {
  return {
    id,
    direction: 'upload',
    kind: 'file',
    profileId: 'p1',
    bucket: 'b',
    key: `in/${id}.bin`,
    localPath: `/tmp/${id}.bin`,
    state: 'running',
    bytesDone: 0,
    bytesTotal: 100,
    filesDone: 0,
    filesTotal: 1,
    totalsKnown: true,
    conflictPolicy: 'overwrite',
    conflict: null,
    refused: [],
    refusedCount: 0,
    skippedCount: 0,
    checks: {},
    error: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    ...patch,
  };
}
