import { describe, expect, it } from 'vitest';
import type { PlannedItem } from './destinations.js';
import { fakeClient } from './fake-client.test-support.js';
import { StopSwitch } from './run-report.js';
import { runTransfer } from './run-transfer.js';

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
const prefixResult = { copied: 3, failed: [], skipped: 2, deleted: 3, deleteFailed: [] };

describe('runTransfer', () => {
  it('after Stop starts no further item and names each one it did not do', async () => {
    const stop = new StopSwitch();
    // Pressed while the fourth object is on its way: the four started at once.
    const { client, calls } = fakeClient(() => {
      if (calls.length === 4) stop.stop();
      return {};
    });
    const items = ['1', '2', '3', '4', '5', '6'].map(object);
    const report = await runTransfer(
      client,
      { ...job, items: [...items, folder('f')], stop },
      () => {},
    );
    // Those in flight finish; the rest are reported, not dropped.
    expect(calls.filter((c) => c.channel === 'objects.move')).toHaveLength(4);
    expect(report.done).toBe(4);
    expect(report.stopped).toBe(true);
    expect(report.notDone).toEqual([{ name: '5' }, { name: '6' }, { name: 'f/' }]);
  });

  it('a folder the host stopped part-way is not done, with how many objects inside were', async () => {
    const { client } = fakeClient(({ channel }) =>
      channel === 'objects.movePrefix' ? { ...prefixResult, canceled: true } : {},
    );
    const report = await runTransfer(client, { ...job, items: [folder('f')] }, () => {});
    expect(report).toMatchObject({ done: 0, stopped: true, notDone: [{ name: 'f/', partly: 3 }] });
  });

  it('passes Skip existing on to folders and counts what was skipped before and inside', async () => {
    const { client, calls } = fakeClient(() => ({ ...prefixResult, canceled: false }));
    const report = await runTransfer(
      client,
      { ...job, items: [folder('f')], ifExists: 'skip', skipped: 1 },
      () => {},
    );
    expect(calls[0]?.input).toMatchObject({ ifExists: 'skip' });
    expect(report).toMatchObject({ done: 1, skipped: 3, stopped: false, notDone: [] });
  });

  it('asks the host to stop the folder in flight when Stop is pressed', async () => {
    const stop = new StopSwitch();
    let finish: (value: unknown) => void = () => undefined;
    const { client, calls } = fakeClient(({ channel }) => {
      if (channel === 'objects.stopPrefix') {
        finish({ ...prefixResult, canceled: true });
        return { stopping: true };
      }
      return new Promise((resolve) => {
        finish = resolve;
      });
    });
    const running = runTransfer(client, { ...job, items: [folder('f')], stop }, () => {});
    // Once the folder's request is out.
    await new Promise((resolve) => setTimeout(resolve, 0));
    stop.stop();
    const report = await running;
    const operationId = calls[0]?.input.operationId;
    expect(calls[1]).toEqual({ channel: 'objects.stopPrefix', input: { operationId } });
    expect(report.notDone).toEqual([{ name: 'f/', partly: 3 }]);
  });
});
