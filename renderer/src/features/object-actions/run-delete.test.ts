import { describe, expect, it } from 'vitest';
import { fakeClient } from './fake-client.test-support.js';
import { StopSwitch } from './run-report.js';
import { runDelete } from './run-delete.js';
import { taskRecord } from './task-record.test-support.js';

const job = { profileId: 'profile-1', bucket: 'bucket-1' };

describe('runDelete', () => {
  it('after Stop sends no further request and names every key and folder it kept', async () => {
    const stop = new StopSwitch();
    const keys = Array.from({ length: 2_500 }, (_, i) => `k${i}`);
    const { client, calls } = fakeClient(({ input }) => {
      stop.stop();
      return { deleted: (input.keys as string[]).length, errors: [] };
    });
    const report = await runDelete(
      client,
      { ...job, selection: { keys, prefixes: ['f/'] }, stop },
      () => {},
    );
    expect(calls).toHaveLength(1);
    expect(report.done).toBe(1_000);
    expect(report.stopped).toBe(true);
    expect(report.notDone).toHaveLength(1_501);
    expect(report.notDone.at(0)).toEqual({ name: 'k1000' });
    expect(report.notDone.at(-1)).toEqual({ name: 'f/' });
  });

  it('a folder whose task was canceled part-way is not done, with how many objects went', async () => {
    const { client, calls } = fakeClient(() => taskRecord({ state: 'canceled', itemsDone: 1_000 }));
    const report = await runDelete(
      client,
      { ...job, selection: { keys: [], prefixes: ['f/'] } },
      () => {},
    );
    expect(calls).toEqual([
      { channel: 'tasks.start', input: { kind: 'deletePrefix', ...job, prefix: 'f/' } },
    ]);
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
      done: 0,
      stopped: false,
      failures: [{ name: 'f/a', message: 'Access Denied' }],
    });
  });
});
