import { describe, expect, it } from 'vitest';
import { fakeClient } from './fake-client.test-support.js';
import { StopSwitch } from './run-report.js';
import { runDelete } from './run-delete.js';

const job = { profileId: 'p', bucket: 'b' };

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

  it('a folder the host stopped part-way is not done, with how many objects went', async () => {
    const { client } = fakeClient(() => ({ deleted: 1_000, errors: [], stopped: true }));
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
});
