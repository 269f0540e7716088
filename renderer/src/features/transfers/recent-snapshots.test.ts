import { describe, expect, it } from 'vitest';
import type { TaskRecord } from '../../../../shared/domain/task.js';
import { RecentSnapshots, snapshotLogs } from './recent-snapshots.js';

const snap = (id: string, state: TaskRecord['state']) => ({ id, state }) as TaskRecord;

describe('RecentSnapshots', () => {
  it('answers the events that arrived after a mark, in order', () => {
    const log = new RecentSnapshots<TaskRecord>();
    log.record(snap('a', 'queued'));
    const mark = log.mark();
    log.record(snap('a', 'running'));
    log.record(snap('a', 'succeeded'));
    expect(log.since(mark).map((j) => j.state)).toEqual(['running', 'succeeded']);
    expect(log.since(log.mark())).toEqual([]);
  });

  it('keeps a bounded window', () => {
    const log = new RecentSnapshots<TaskRecord>();
    for (let i = 0; i < 1500; i++) log.record(snap(`j${i}`, 'running'));
    expect(log.since(0)).toHaveLength(1000);
    expect(log.since(0)[0]?.id).toBe('j500');
  });

  it('is one log per client', () => {
    const logsFor = snapshotLogs<TaskRecord>();
    const client = {};
    expect(logsFor(client)).toBe(logsFor(client));
    expect(logsFor({})).not.toBe(logsFor(client));
  });
});
