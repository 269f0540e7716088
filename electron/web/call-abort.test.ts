import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Dispatch } from '../../shared/contract/dispatch.js';
import { launch } from './test-support/start-test-host.js';
import { startWebHost } from './web-host.js';

describe('a call the page stops waiting for', () => {
  it('aborts the work behind it in the browser host, and only that call', async () => {
    const rendererDir = await mkdtemp(join(tmpdir(), 'holdall-renderer-'));
    await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Holdall</title>');
    let started: () => void = () => undefined;
    const bothStarted = new Promise<void>((resolve) => {
      let count = 0;
      started = () => (++count === 2 ? resolve() : undefined);
    });
    const aborted: string[] = [];
    let stopped: () => void = () => undefined;
    const firstStopped = new Promise<void>((resolve) => (stopped = resolve));
    // Work that runs until it is told to stop, as a long listing does; it notes who stopped.
    const dispatch: Dispatch = (channel, input, ctx) =>
      new Promise((resolve) => {
        const name = (input as { name: string }).name;
        ctx.signal.addEventListener('abort', () => {
          aborted.push(name);
          stopped();
          resolve({ ok: false, error: { code: 'Canceled', message: 'stopped' } });
        });
        started();
      });
    const host = await startWebHost({ rendererDir, createDispatch: () => dispatch });
    const cookie = await launch(host.url);
    const call = (name: string, signal: AbortSignal) =>
      fetch(`http://127.0.0.1:${host.port}/api/invoke/objects.list`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Cookie: cookie },
        body: JSON.stringify({ name }),
        signal,
      });
    const leaving = new AbortController();
    const staying = new AbortController();
    try {
      const left = call('left', leaving.signal);
      const kept = call('kept', staying.signal);
      await bothStarted;
      leaving.abort();
      await expect(left).rejects.toThrow();
      await firstStopped;
      expect(aborted).toEqual(['left']);
      staying.abort();
      await expect(kept).rejects.toThrow();
    } finally {
      await host.close();
      await rm(rendererDir, { recursive: true, force: true });
    }
  });
});
