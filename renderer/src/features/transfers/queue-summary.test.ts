import { describe, expect, it } from 'vitest';
import { headerSummary, queueOrder, rowSpeed, shownRate, shownState } from './queue-summary.js';
import { job } from '../../../../shared/domain/test-jobs.js';
import { rowFromJob, upsertJobs } from './transfer-rows.js';
import type { TransferRow } from './transfer-rows.js';

const NOW = 1_000_000;

function row(id: string, patch: Partial<TransferRow> = {}): TransferRow {
  return { ...rowFromJob(job(id), undefined, NOW), ...patch };
}

const conflict = { key: 'in/a.bin', localPath: null };

describe('shown state', () => {
  it('says a job stopped on a question is waiting, not running or queued', () => {
    expect(shownState(row('job-0001', { conflict }))).toBe('waiting');
    expect(shownState(row('job-0001', { state: 'queued', conflict }))).toBe('waiting');
    expect(shownState(row('job-0001'))).toBe('running');
    // A paused job keeps its question for later; it is paused.
    expect(shownState(row('job-0001', { state: 'paused', conflict }))).toBe('paused');
  });
});

describe('shown rate', () => {
  it('never exceeds the bandwidth limit', () => {
    expect(shownRate(900_000, 512 * 1024)).toBe(512 * 1024);
    expect(shownRate(100_000, 512 * 1024)).toBe(100_000);
    expect(shownRate(900_000, null)).toBe(900_000);
  });

  it('shows nothing for no rate, zero or nonsense', () => {
    for (const rate of [null, 0, -5, Number.NaN, Number.POSITIVE_INFINITY])
      expect(shownRate(rate, 1000)).toBeNull();
  });

  it('works out time left from the clipped rate, and keeps the host estimate otherwise', () => {
    const fast = row('job-0001', {
      bytesDone: 0,
      bytesTotal: 10_000,
      rateBytesPerSec: 5_000,
      etaSeconds: 2,
    });
    expect(rowSpeed(fast, 1_000, NOW)).toEqual({ bytesPerSec: 1_000, etaSeconds: 10 });
    expect(rowSpeed(fast, null, NOW)).toEqual({ bytesPerSec: 5_000, etaSeconds: 2 });
  });

  it('shows no rate for a waiting, stalled or stopped job', () => {
    const moving = { rateBytesPerSec: 5_000, etaSeconds: 2 };
    const none = { bytesPerSec: null, etaSeconds: null };
    expect(rowSpeed(row('job-0001', { ...moving, conflict }), null, NOW)).toEqual(none);
    expect(rowSpeed(row('job-0001', { ...moving, movedAt: NOW - 60_000 }), null, NOW)).toEqual(
      none,
    );
    expect(rowSpeed(row('job-0001', { ...moving, state: 'paused' }), null, NOW)).toEqual(none);
  });
});

describe('header summary', () => {
  const rows = [
    row('job-0001', { rateBytesPerSec: 400, bytesDone: 0, bytesTotal: 1_000 }),
    row('job-0002', { rateBytesPerSec: 400, bytesDone: 500, bytesTotal: 1_000 }),
    row('job-0003', { conflict, rateBytesPerSec: 999 }),
    row('job-0004', { state: 'queued', bytesDone: 0, bytesTotal: 100 }),
    row('job-0005', { state: 'paused' }),
    row('job-0006', { state: 'failed' }),
    row('job-0007', { state: 'succeeded', bytesDone: 100 }),
    row('job-0008', { state: 'canceled' }),
  ];

  it('counts each state once, a waiting job as waiting', () => {
    expect(headerSummary(rows, null, NOW)).toMatchObject({
      running: 2,
      waiting: 1,
      queued: 1,
      paused: 1,
      failed: 1,
    });
  });

  it('adds the running rates, clips the total to the limit and counts time left from it', () => {
    // 1,000 + 500 + 100 (waiting job) + 100 (queued) bytes left.
    expect(headerSummary(rows, null, NOW)).toMatchObject({ bytesPerSec: 800, etaSeconds: 3 });
    expect(headerSummary(rows, 500, NOW)).toMatchObject({ bytesPerSec: 500, etaSeconds: 4 });
  });

  it('has no rate or time left when nothing moves', () => {
    expect(headerSummary([], 500, NOW)).toEqual({
      running: 0,
      waiting: 0,
      queued: 0,
      paused: 0,
      failed: 0,
      bytesPerSec: null,
      etaSeconds: null,
    });
  });
});

describe('progress on cancel', () => {
  it('keeps the furthest progress when the host takes in-flight bytes back', () => {
    const running = upsertJobs([], [job('job-0001', { bytesDone: 70, filesDone: 3 })]);
    const canceled = upsertJobs(running, [
      job('job-0001', { state: 'canceled', bytesDone: 20, filesDone: 2 }),
    ]);
    expect(canceled[0]).toMatchObject({ state: 'canceled', bytesDone: 70, filesDone: 3 });
  });

  it('still follows the host when a paused or retried job takes bytes back', () => {
    const running = upsertJobs([], [job('job-0001', { bytesDone: 70 })]);
    expect(
      upsertJobs(running, [job('job-0001', { state: 'paused', bytesDone: 20 })])[0],
    ).toMatchObject({ bytesDone: 20 });
  });
});

describe('queue order', () => {
  it('puts questions and failures on top, then the newest first', () => {
    const rows = [
      row('job-0001', { state: 'succeeded' }),
      row('job-0002', { state: 'failed' }),
      row('job-0003'),
      row('job-0004', { conflict }),
      row('job-0005', { state: 'queued' }),
    ];
    expect(queueOrder(rows).map((r) => r.id)).toEqual([
      'job-0004',
      'job-0002',
      'job-0005',
      'job-0003',
      'job-0001',
    ]);
  });
});
