import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/contract/envelope.js';
import type { TaskScheduler } from './task-scheduler.js';
import {
  folderSpec,
  heldRunner,
  journalDir,
  schedulerWith,
  until,
} from './test-support/scheduler-harness.js';

const open: TaskScheduler[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

function track<T extends { scheduler: TaskScheduler }>(made: T): T {
  open.push(made.scheduler);
  return made;
}

describe('TaskScheduler', () => {
  it('runs a task from queued to succeeded, with its progress in the snapshots', async () => {
    const { runner, runs } = heldRunner();
    const { scheduler, snapshots } = track(schedulerWith(runner, await journalDir()));
    const started = await scheduler.start(folderSpec('a/'));
    expect(started.state).toMatch(/queued|running/);
    await until(() => runs.length === 1);
    runs[0]?.context.setTotals({ items: 5 });
    runs[0]?.context.advance({ items: 2, bytes: 10 });
    runs[0]?.context.advance({ items: 3 });
    runs[0]?.finish();
    await until(() => snapshots.at(-1)?.state === 'succeeded');
    const [done] = await scheduler.list();
    expect(done).toMatchObject({
      id: started.id,
      spec: folderSpec('a/'),
      state: 'succeeded',
      itemsDone: 5,
      itemsTotal: 5,
      bytesDone: 10,
      controls: [],
      error: null,
    });
    expect(done?.endedAt).not.toBeNull();
    expect(snapshots.map((s) => s.state)).toContain('running');
  });

  it('runs at most `concurrency` tasks at once and starts the next when one ends', async () => {
    const { runner, runs } = heldRunner();
    const { scheduler } = track(schedulerWith(runner, await journalDir(), { concurrency: 2 }));
    const [a, b, c] = [
      await scheduler.start(folderSpec('a/')),
      await scheduler.start(folderSpec('b/')),
      await scheduler.start(folderSpec('c/')),
    ];
    await until(() => runs.length === 2);
    const states = async () => (await scheduler.list()).map((t) => [t.id, t.state]);
    expect(await states()).toEqual([
      [a.id, 'running'],
      [b.id, 'running'],
      [c.id, 'queued'],
    ]);
    runs[1]?.finish();
    await until(() => runs.length === 3);
    expect(runs[2]?.spec).toEqual(folderSpec('c/'));
  });

  it('cancels a running task: its run is stopped and it ends canceled, which Retry undoes', async () => {
    const { runner, runs } = heldRunner();
    const { scheduler } = track(schedulerWith(runner, await journalDir()));
    const { id } = await scheduler.start(folderSpec('a/'));
    await until(() => runs.length === 1);
    runs[0]?.context.advance({ items: 4 });
    const canceled = await scheduler.control(id, 'cancel');
    expect(runs[0]?.stopped).toBe(true);
    expect(canceled).toMatchObject({ state: 'canceled', itemsDone: 4, controls: ['retry'] });
    await scheduler.control(id, 'retry');
    await until(() => runs.length === 2);
    expect(runs[1]?.context.before).toEqual({ itemsDone: 4, bytesDone: 0 });
  });

  it('cancels a queued task without ever running it', async () => {
    const { runner, runs } = heldRunner();
    const { scheduler, snapshots } = track(
      schedulerWith(runner, await journalDir(), { concurrency: 1 }),
    );
    const running = await scheduler.start(folderSpec('a/'));
    const queued = await scheduler.start(folderSpec('b/'));
    expect((await scheduler.control(queued.id, 'cancel')).state).toBe('canceled');
    await until(() => runs.length === 1);
    runs[0]?.finish();
    await until(() => snapshots.some((s) => s.id === running.id && s.state === 'succeeded'));
    expect(runs.map((r) => r.spec)).toEqual([folderSpec('a/')]);
    expect((await scheduler.list()).map((t) => t.state)).toEqual(['succeeded', 'canceled']);
  });

  it('pauses every task that can pause at once, and clears the succeeded and canceled ones', async () => {
    const { runner, runs } = heldRunner();
    const { scheduler, snapshots } = track(
      schedulerWith(runner, await journalDir(), { concurrency: 1 }),
    );
    const done = await scheduler.start(folderSpec('a/'));
    await until(() => runs.length === 1);
    runs[0]?.finish();
    await until(() => snapshots.some((s) => s.id === done.id && s.state === 'succeeded'));
    const running = await scheduler.start(folderSpec('b/'));
    const queued = await scheduler.start(folderSpec('c/'));
    await until(() => runs.length === 2);
    const paused = await scheduler.controlAll('pause');
    // The succeeded one has no Pause: it is left alone.
    expect(paused.map((t) => [t.id, t.state])).toEqual([
      [running.id, 'paused'],
      [queued.id, 'paused'],
    ]);
    await scheduler.control(queued.id, 'cancel');
    expect(await scheduler.clearFinished()).toBe(2);
    expect((await scheduler.list()).map((t) => t.id)).toEqual([running.id]);
  });

  it('pauses a running task and resumes it where its counts stood', async () => {
    const { runner, runs } = heldRunner();
    const { scheduler, snapshots } = track(schedulerWith(runner, await journalDir()));
    const { id } = await scheduler.start(folderSpec('a/'));
    await until(() => runs.length === 1);
    runs[0]?.context.advance({ items: 7 });
    const paused = await scheduler.control(id, 'pause');
    expect(paused).toMatchObject({ state: 'paused', itemsDone: 7, controls: ['resume', 'cancel'] });
    expect(runs[0]?.stopped).toBe(true);
    await scheduler.control(id, 'resume');
    await until(() => runs.length === 2);
    expect(runs[1]?.context.before.itemsDone).toBe(7);
    runs[1]?.context.advance({ items: 1 });
    runs[1]?.finish();
    await until(() => snapshots.at(-1)?.state === 'succeeded');
    expect(snapshots.at(-1)?.itemsDone).toBe(8);
  });

  it('fails with the runner error and its problems; Retry runs it again with both cleared', async () => {
    const { runner, runs } = heldRunner();
    const { scheduler, snapshots } = track(schedulerWith(runner, await journalDir()));
    const { id } = await scheduler.start(folderSpec('a/'));
    await until(() => runs.length === 1);
    runs[0]?.context.problem({ item: 'a/x', code: 'AccessDenied', message: 'Access Denied' });
    runs[0]?.finish(new AppError('AccessDenied', '1 objects could not be deleted.'));
    await until(() => snapshots.at(-1)?.state === 'failed');
    expect(snapshots.at(-1)).toMatchObject({
      error: { code: 'AccessDenied', message: '1 objects could not be deleted.' },
      problems: [{ item: 'a/x', code: 'AccessDenied', message: 'Access Denied' }],
      problemCount: 1,
      controls: ['retry', 'cancel'],
    });
    const retried = await scheduler.control(id, 'retry');
    expect(retried).toMatchObject({ error: null, problems: [], problemCount: 0 });
    await until(() => runs.length === 2);
    runs[1]?.finish();
    await until(() => snapshots.at(-1)?.state === 'succeeded');
  });

  it('a failed task can be given up: Cancel ends it canceled without running it again', async () => {
    const { runner, runs } = heldRunner();
    const { scheduler, snapshots } = track(schedulerWith(runner, await journalDir()));
    const { id } = await scheduler.start(folderSpec('a/'));
    await until(() => runs.length === 1);
    runs[0]?.finish(new AppError('AccessDenied', 'Access Denied'));
    await until(() => snapshots.at(-1)?.state === 'failed');
    expect(await scheduler.control(id, 'cancel')).toMatchObject({ state: 'canceled' });
    expect(runs).toHaveLength(1);
    expect(await scheduler.clearFinished()).toBe(1);
    expect(await scheduler.list()).toEqual([]);
  });

  it('refuses an action the state does not allow, and an unknown id, as errors', async () => {
    const { runner, runs } = heldRunner(false);
    const { scheduler } = track(schedulerWith(runner, await journalDir()));
    const { id } = await scheduler.start(folderSpec('a/'));
    await until(() => runs.length === 1);
    await expect(scheduler.control(id, 'pause')).rejects.toMatchObject({
      code: 'InvalidInput',
      message: 'action: a running task cannot pause.',
    });
    await expect(scheduler.control(id, 'retry')).rejects.toMatchObject({ code: 'InvalidInput' });
    await expect(scheduler.control('no-such-task', 'cancel')).rejects.toMatchObject({
      code: 'TaskNotFound',
    });
    expect(runs[0]?.stopped).toBe(false);
  });

  it('shows a task stalled while it does not advance, and running again at its next step', async () => {
    const { runner, runs } = heldRunner();
    const { scheduler, snapshots } = track(
      schedulerWith(runner, await journalDir(), { stallAfterMs: 40 }),
    );
    await scheduler.start(folderSpec('a/'));
    await until(() => snapshots.at(-1)?.state === 'stalled');
    runs[0]?.context.advance({ items: 1 });
    expect(snapshots.at(-1)).toMatchObject({ state: 'running', itemsDone: 1 });
  });

  it('resumes an unfinished task after a restart, from the journaled counts', async () => {
    const dir = await journalDir();
    const first = heldRunner();
    const before = schedulerWith(first.runner, dir);
    const { id } = await before.scheduler.start(folderSpec('a/'));
    await until(() => first.runs.length === 1);
    first.runs[0]?.context.advance({ items: 3, bytes: 30 });
    first.runs[0]?.context.problem({ item: 'a/k', code: 'AccessDenied', message: 'no' });
    await before.scheduler.close();
    expect(first.runs[0]?.stopped).toBe(true);

    const second = heldRunner();
    const after = track(schedulerWith(second.runner, dir));
    await after.scheduler.restore();
    await until(() => second.runs.length === 1);
    expect(second.runs[0]?.context.before).toEqual({ itemsDone: 3, bytesDone: 30 });
    second.runs[0]?.context.advance({ items: 2 });
    second.runs[0]?.finish();
    await until(() => after.snapshots.at(-1)?.state === 'succeeded');
    expect(after.snapshots.at(-1)).toMatchObject({ id, itemsDone: 5, problemCount: 1 });

    // Ended: a third start has nothing to resume.
    await after.scheduler.close();
    const third = track(schedulerWith(heldRunner().runner, dir));
    expect(await third.scheduler.list()).toEqual([]);
  });

  it('keeps a paused task paused across a restart until it is resumed', async () => {
    const dir = await journalDir();
    const first = heldRunner();
    const before = schedulerWith(first.runner, dir);
    const { id } = await before.scheduler.start(folderSpec('a/'));
    await until(() => first.runs.length === 1);
    await before.scheduler.control(id, 'pause');
    await before.scheduler.close();

    const second = heldRunner();
    const after = track(schedulerWith(second.runner, dir));
    expect((await after.scheduler.list()).map((t) => t.state)).toEqual(['paused']);
    expect(second.runs).toHaveLength(0);
    await after.scheduler.control(id, 'resume');
    await until(() => second.runs.length === 1);
  });
});
