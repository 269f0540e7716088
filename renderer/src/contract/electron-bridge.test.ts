import { describe, expect, it } from 'vitest';
import type { Envelope } from '../../../shared/contract/envelope.js';
import { electronBridge } from './electron-bridge.js';
import type { PreloadApi } from './electron-bridge.js';

/** A preload that records what it is asked and answers when told to. */
function recordingPreload() {
  const invoked: unknown[][] = [];
  const cancelled: string[] = [];
  let answer: (envelope: Envelope<unknown>) => void = () => undefined;
  const api: PreloadApi = {
    host: 'electron',
    invoke: (...args) => {
      invoked.push(args);
      return new Promise((resolve) => (answer = resolve));
    },
    cancel: (callId) => cancelled.push(callId),
    on: () => () => undefined,
  };
  return { api, invoked, cancelled, answer: (e: Envelope<unknown>) => answer(e) };
}

describe('the Electron bridge', () => {
  it('names a call that may be stopped, and aborting its signal cancels that name', async () => {
    const preload = recordingPreload();
    const bridge = electronBridge(preload.api);
    const controller = new AbortController();
    const call = bridge.invoke('objects.list', { prefix: 'a/' }, controller.signal);
    const [channel, input, callId] = preload.invoked[0] ?? [];
    expect([channel, input]).toEqual(['objects.list', { prefix: 'a/' }]);
    expect(callId).toMatch(/^[A-Za-z0-9-]{1,64}$/);

    controller.abort();
    expect(preload.cancelled).toEqual([callId]);
    preload.answer({ ok: false, error: { code: 'Canceled', message: 'stopped' } });
    expect(await call).toMatchObject({ ok: false });
  });

  it('gives each call its own name, and sends no cancel for a call that already answered', async () => {
    const preload = recordingPreload();
    const bridge = electronBridge(preload.api);
    const controller = new AbortController();
    const first = bridge.invoke('objects.list', {}, controller.signal);
    preload.answer({ ok: true, value: 1 });
    await first;
    const second = bridge.invoke('objects.list', {}, controller.signal);
    expect(preload.invoked[0]?.[2]).not.toEqual(preload.invoked[1]?.[2]);
    preload.answer({ ok: true, value: 2 });
    await second;
    controller.abort();
    expect(preload.cancelled).toEqual([]);
  });

  it('sends a call without a signal as before, with no name', async () => {
    const preload = recordingPreload();
    const call = electronBridge(preload.api).invoke('buckets.list', { profileId: 'p' });
    preload.answer({ ok: true, value: [] });
    await call;
    expect(preload.invoked).toEqual([['buckets.list', { profileId: 'p' }]]);
  });
});
