import { describe, expect, it } from 'vitest';
import { fakeClient } from './fake-client.test-support.js';
import { StopSwitch } from './run-report.js';
import { runDelete } from './run-delete.js';
import { taskRecord } from './task-record.test-support.js';

const job = { profileId: 'profile-1', bucket: 'bucket-1' };

describe('runDelete', () => {
  it('deletes objects and folders with one task of the core, not a request per key', async () => {
    const keys = Array.from({ length: 2_500 }, (_, i) => `k${i}`);
    const { client, calls } = fakeClient(() =>
      taskRecord({ state: 'succeeded', itemsDone: 2_510 }),
    );
    const report = await runDelete(
      client,
      { ...job, selection: { keys, prefixes: ['f/'] } },
      () => {},
    );
    expect(calls).toEqual([
      { channel: 'tasks.start', input: { kind: 'delete', ...job, keys, prefixes: ['f/'] } },
    ]);
    expect(report).toMatchObject({ done: 2_501, stopped: false, failures: [], notDone: [] });
  });

  it('a Stop cancels the task, and the report names every key it had not reached and the folder', async () => {
    const stop = new StopSwitch();
    const keys = Array.from({ length: 2_500 }, (_, i) => `k${i}`);
    const { client, calls } = fakeClient(({ channel }) => {
      if (channel === 'tasks.start') {
        stop.stop();
        return taskRecord({ state: 'running' });
      }
      return taskRecord({ state: 'canceled', itemsDone: 1_000 });
    });
    const snapshots: ((record: unknown) => void)[] = [];
    client.on = ((_: string, listener: (record: unknown) => void) => {
      snapshots.push(listener);
      return () => undefined;
    }) as typeof client.on;
    const running = runDelete(
      client,
      { ...job, selection: { keys, prefixes: ['f/'] }, stop },
      () => {},
    );
    await expect.poll(() => calls.map((c) => c.channel)).toContain('tasks.control');
    expect(calls[1]).toEqual({
      channel: 'tasks.control',
      input: { id: 'task-0001', action: 'cancel' },
    });
    for (const listener of snapshots) listener(taskRecord({ state: 'canceled', itemsDone: 1_000 }));
    const report = await running;
    expect(report.done).toBe(1_000);
    expect(report.stopped).toBe(true);
    expect(report.notDone).toHaveLength(1_501);
    expect(report.notDone.at(0)).toEqual({ name: 'k1000' });
    expect(report.notDone.at(-1)).toEqual({ name: 'f/' });
  });

  it('a folder whose task was canceled part-way is not done, with how many objects went', async () => {
    const { client } = fakeClient(() => taskRecord({ state: 'canceled', itemsDone: 1_000 }));
    const report = await runDelete(
      client,
      { ...job, selection: { keys: [], prefixes: ['f/'] } },
      () => {},
    );
    expect(report).toMatchObject({
      done: 0,
      stopped: true,
      notDone: [{ name: 'f/', partly: 1_000 }],
    });
  });

  it('a folder whose task failed lists each object the server kept', async () => {
    const problems = [{ item: 'f/a', code: 'AccessDenied', message: 'Access Denied' }];
    const error = { code: 'AccessDenied' as const, message: '1 objects could not be deleted.' };
    const { client } = fakeClient(() =>
      taskRecord({ state: 'failed', itemsDone: 2, problems, problemCount: 1, error }),
    );
    const report = await runDelete(
      client,
      { ...job, selection: { keys: [], prefixes: ['f/'] } },
      () => {},
    );
    expect(report).toMatchObject({
      done: 2,
      stopped: false,
      failures: [{ name: 'f/a', message: 'Access Denied' }],
    });
  });
});
