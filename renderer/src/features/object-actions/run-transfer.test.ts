import { describe, expect, it } from 'vitest';
import type { PlannedItem } from './destinations.js';
import { fakeClient } from './fake-client.test-support.js';
import { runTransfer } from './run-transfer.js';
import { taskRecord } from './task-record.test-support.js';

const object = (name: string): PlannedItem => ({
  kind: 'object',
  source: name,
  target: `d/${name}`,
});
const folder = (name: string): PlannedItem => ({
  kind: 'folder',
  source: `${name}/`,
  target: `d/${name}/`,
});
const job = { profileId: 'p', mode: 'move' as const, sourceBucket: 'a', targetBucket: 'b' };
const result = { kind: 'transfer' as const, copied: 3, skipped: 2, deleted: 3 };

describe('runTransfer', () => {
  it('starts one task for every item, passing Skip existing on', async () => {
    const { client, calls } = fakeClient(() => taskRecord({ state: 'succeeded', result }));
    const report = await runTransfer(
      client,
      { ...job, items: [object('1'), folder('f')], ifExists: 'skip', skipped: 1 },
      () => {},
    );
    expect(calls).toEqual([
      {
        channel: 'tasks.start',
        input: {
          kind: 'move',
          profileId: 'p',
          bucket: 'a',
          targetBucket: 'b',
          items: [object('1'), folder('f')],
          ifExists: 'skip',
        },
      },
    ]);
    // Skipped beforehand, and inside the folder.
    expect(report).toMatchObject({ done: 2, skipped: 3, stopped: false, notDone: [] });
  });

  it('with every item skipped beforehand starts no task and counts them', async () => {
    const { client, calls } = fakeClient(() => taskRecord({ state: 'succeeded' }));
    const report = await runTransfer(client, { ...job, items: [], skipped: 2 }, () => {});
    expect(calls).toEqual([]);
    expect(report).toMatchObject({ done: 0, skipped: 2, failures: [], stopped: false });
  });

  it('a lone folder whose task was canceled part-way is not done, with how many objects were', async () => {
    const { client } = fakeClient(() => taskRecord({ state: 'canceled', itemsDone: 3 }));
    const report = await runTransfer(client, { ...job, items: [folder('f')] }, () => {});
    expect(report).toMatchObject({ done: 0, stopped: true, notDone: [{ name: 'f/', partly: 3 }] });
  });

  it('a failed task lists each object the server refused', async () => {
    const problems = [{ item: 'f/a', code: 'AccessDenied', message: 'Access Denied' }];
    const error = { code: 'AccessDenied' as const, message: '1 objects could not be moved.' };
    const { client } = fakeClient(() =>
      taskRecord({ state: 'failed', itemsDone: 4, problems, problemCount: 1, error }),
    );
    const report = await runTransfer(client, { ...job, items: [folder('f')] }, () => {});
    expect(report).toMatchObject({
      done: 4,
      stopped: false,
      failures: [{ name: 'f/a', message: 'Access Denied' }],
    });
  });
});
