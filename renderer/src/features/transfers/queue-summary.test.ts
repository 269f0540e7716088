import { describe, expect, it } from 'vitest';
import { task } from '../tasks/transfer-task.test-support.js';
import { headerSummary, queueOrder, shownRate, summarize, taskSpeed } from './queue-summary.js';

const question = { item: 'in/a.bin', localPath: null, coversOthers: false };

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
    const fast = task('task-0001', {
      bytesDone: 0,
      bytesTotal: 10_000,
      bytesPerSecond: 5_000,
      etaSeconds: 2,
    });
    expect(taskSpeed(fast, 1_000)).toEqual({ bytesPerSec: 1_000, etaSeconds: 10 });
    expect(taskSpeed(fast, null)).toEqual({ bytesPerSec: 5_000, etaSeconds: 2 });
  });

  it('shows no rate for a waiting, stalled or stopped task', () => {
    const moving = { bytesPerSecond: 5_000, etaSeconds: 2 };
    const none = { bytesPerSec: null, etaSeconds: null };
    for (const state of ['waiting', 'stalled', 'paused'] as const)
      expect(taskSpeed(task('task-0001', { ...moving, state }), null)).toEqual(none);
  });
});

describe('header summary', () => {
  const tasks = [
    task('task-0001', { bytesPerSecond: 400, bytesDone: 0, bytesTotal: 1_000 }),
    task('task-0002', { bytesPerSecond: 400, bytesDone: 500, bytesTotal: 1_000 }),
    task('task-0003', { state: 'waiting', question, bytesPerSecond: 999, bytesTotal: 100 }),
    task('task-0004', { state: 'queued', bytesDone: 0, bytesTotal: 100 }),
    task('task-0005', { state: 'paused' }),
    task('task-0006', { state: 'failed' }),
    task('task-0007', { state: 'succeeded', bytesDone: 100 }),
    task('task-0008', { state: 'canceled' }),
    // A folder still being counted: running, with no total to wait for yet.
    task('task-0009', { state: 'stalled', bytesTotal: null, bytesDone: 50 }),
  ];

  it('counts each state once, a waiting task as waiting and a stalled one as running', () => {
    expect(headerSummary(tasks, null)).toMatchObject({
      running: 3,
      waiting: 1,
      queued: 1,
      paused: 1,
      failed: 1,
    });
  });

  it('adds the running rates, clips the total to the limit and counts time left from it', () => {
    // 1,000 + 500 + 100 (waiting) + 100 (queued) bytes left; the counting folder adds none.
    expect(headerSummary(tasks, null)).toMatchObject({ bytesPerSec: 800, etaSeconds: 3 });
    expect(headerSummary(tasks, 500)).toMatchObject({ bytesPerSec: 500, etaSeconds: 4 });
  });

  it('has no rate or time left when nothing moves', () => {
    expect(headerSummary([], 500)).toEqual({
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

describe('queue toolbar', () => {
  it('enables each all-tasks action while some task offers it, and counts what Clear removes', () => {
    const summary = summarize([
      task('task-0001'),
      task('task-0002', { state: 'paused', controls: ['resume', 'cancel'] }),
      task('task-0003', { state: 'succeeded', controls: [] }),
      task('task-0004', { state: 'canceled', controls: ['retry'] }),
      task('task-0005', { state: 'failed', controls: ['retry', 'cancel'] }),
    ]);
    expect(summary).toEqual({ pause: 1, resume: 1, retry: 2, cancel: 3, finished: 2 });
  });
});

describe('queue order', () => {
  it('puts questions and failures on top, then the newest first', () => {
    const tasks = [
      task('task-0001', { state: 'succeeded' }),
      task('task-0002', { state: 'failed' }),
      task('task-0003'),
      task('task-0004', { state: 'waiting', question }),
      task('task-0005', { state: 'queued' }),
    ];
    expect(queueOrder(tasks).map((t) => t.id)).toEqual([
      'task-0004',
      'task-0002',
      'task-0005',
      'task-0003',
      'task-0001',
    ]);
  });
});
