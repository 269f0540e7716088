import { describe, expect, it } from 'vitest';
import type { TransferJob } from '../../../../shared/domain/transfer-job.js';
import { RecentSnapshots, recentSnapshotsFor } from './recent-snapshots.js';

const snap = (id: string, state: TransferJob['state']) => ({ id, state }) as TransferJob;

describe('RecentSnapshots', () => {
  it('answers the events that arrived after a mark, in order', () => {
    const log = new RecentSnapshots();
    log.record(snap('a', 'queued'));
    const mark = log.mark();
    log.record(snap('a', 'running'));
    log.record(snap('a', 'succeeded'));
    expect(log.since(mark).map((j) => j.state)).toEqual(['running', 'succeeded']);
    expect(log.since(log.mark())).toEqual([]);
  });

  it('keeps a bounded window', () => {
    const log = new RecentSnapshots();
    for (let i = 0; i < 1500; i++) log.record(snap(`j${i}`, 'running'));
    expect(log.since(0)).toHaveLength(1000);
    expect(log.since(0)[0]?.id).toBe('j500');
  });

  it('is one log per client', () => {
    const client = {};
    expect(recentSnapshotsFor(client)).toBe(recentSnapshotsFor(client));
    expect(recentSnapshotsFor({})).not.toBe(recentSnapshotsFor(client));
  });
});
