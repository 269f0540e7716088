import { describe, expect, it } from 'vitest';
import { insertNewTasks, upsertTasks, withoutFinished } from './task-rows.js';
import { task } from './transfer-task.test-support.js';

describe('progress on cancel', () => {
  it('keeps the furthest progress when the host takes in-flight bytes back', () => {
    const running = upsertTasks([], [task('task-0001', { bytesDone: 70, itemsDone: 3 })]);
    const canceled = upsertTasks(running, [
      task('task-0001', { state: 'canceled', bytesDone: 20, itemsDone: 2 }),
    ]);
    expect(canceled[0]).toMatchObject({ state: 'canceled', bytesDone: 70, itemsDone: 3 });
  });

  it('still follows the host when a paused or retried task takes bytes back', () => {
    const running = upsertTasks([], [task('task-0001', { bytesDone: 70 })]);
    expect(
      upsertTasks(running, [task('task-0001', { state: 'paused', bytesDone: 20 })])[0],
    ).toMatchObject({ bytesDone: 20 });
  });
});

describe('a start answer', () => {
  it('adds a task not seen yet, and never turns one its events finished back to queued', () => {
    const done = upsertTasks([], [task('task-0001', { state: 'succeeded' })]);
    const late = insertNewTasks(done, [
      task('task-0001', { state: 'queued' }),
      task('task-0002', { state: 'queued' }),
    ]);
    expect(late.map((t) => [t.id, t.state])).toEqual([
      ['task-0001', 'succeeded'],
      ['task-0002', 'queued'],
    ]);
  });
});

describe('clear finished', () => {
  it('forgets succeeded and canceled tasks and keeps failed and running ones', () => {
    const rows = ['succeeded', 'canceled', 'failed', 'running'] as const;
    const left = withoutFinished(rows.map((state, i) => task(`task-000${i}`, { state })));
    expect(left.map((t) => t.state)).toEqual(['failed', 'running']);
  });
});
