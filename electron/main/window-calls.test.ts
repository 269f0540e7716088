import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import type { Dispatch } from '../../shared/contract/dispatch.js';
import { createCancelListener, createInvokeHandler } from './invoke-handler.js';
import { WindowCalls } from './window-calls.js';

const first = {} as WebContents;
const second = {} as WebContents;
const stranger = {} as WebContents;
const fromWindow = (sender: WebContents): IpcMainInvokeEvent =>
  ({ sender, senderFrame: { url: 'holdall://app/index.html', parent: null } }) as never;

/** Work that runs until its call is aborted, then answers with why, as S3 work would fail. */
const untilAborted: Dispatch = (_channel, _input, ctx) =>
  new Promise((resolve) => {
    ctx.signal.addEventListener('abort', () =>
      resolve({
        ok: false,
        error: { code: 'Canceled', message: String((ctx.signal.reason as Error).message) },
      }),
    );
  });

function setUp() {
  const calls = new WindowCalls();
  const handle = createInvokeHandler(untilAborted, new Set([first, second]), calls);
  const invoke = (sender: WebContents) => handle(fromWindow(sender), 'objects.list', {});
  return { calls, invoke };
}

describe('contract calls of a window that goes away', () => {
  it("abort that window's work, and only that window's", async () => {
    const { calls, invoke } = setUp();
    const closing = [invoke(first), invoke(first)];
    const staying = invoke(second);
    expect(calls.inFlight(first)).toBe(2);

    calls.abortAll(first, 'The window closed');
    for (const answer of await Promise.all(closing)) {
      expect(answer).toEqual({
        ok: false,
        error: { code: 'Canceled', message: 'The window closed' },
      });
    }
    expect(calls.inFlight(first)).toBe(0);
    expect(calls.inFlight(second)).toBe(1);

    calls.abortAll(second, 'The window reloaded');
    expect(await staying).toMatchObject({ ok: false, error: { message: 'The window reloaded' } });
    expect(calls.inFlight(second)).toBe(0);
  });

  it('forget a call once it answered, so a window keeps nothing for calls long done', async () => {
    const calls = new WindowCalls();
    const quick: Dispatch = () => Promise.resolve({ ok: true, value: 'listed' });
    const handle = createInvokeHandler(quick, new Set([first]), calls);
    for (let i = 0; i < 100; i++) {
      expect(await handle(fromWindow(first), 'objects.list', {})).toEqual({
        ok: true,
        value: 'listed',
      });
    }
    expect(calls.inFlight(first)).toBe(0);
    // Nothing in flight: aborting is a no-op, and later calls still run.
    calls.abortAll(first, 'The window closed');
    expect(await handle(fromWindow(first), 'objects.list', {})).toMatchObject({ ok: true });
  });

  it('start no work for a sender that is not our window', async () => {
    const { calls, invoke } = setUp();
    expect(await invoke(stranger)).toMatchObject({ ok: false, error: { code: 'AccessDenied' } });
    expect(calls.inFlight(stranger)).toBe(0);
  });
});

describe('a call the page cancels by the id it gave', () => {
  const named = (sender: WebContents) => ({
    sender,
    senderFrame: { url: 'holdall://app/index.html', parent: null },
  });

  it('stops that call only, and only from the window that made it', async () => {
    const calls = new WindowCalls();
    const handle = createInvokeHandler(untilAborted, new Set([first, second]), calls);
    const cancel = createCancelListener(new Set([first, second]), calls);
    const listing = handle(fromWindow(first), 'objects.list', {}, 'call-1');
    const other = handle(fromWindow(first), 'objects.list', {}, 'call-2');

    cancel(named(second) as never, 'call-1');
    cancel(named(stranger) as never, 'call-1');
    expect(calls.inFlight(first)).toBe(2);

    cancel(named(first) as never, 'call-1');
    expect(await listing).toMatchObject({
      ok: false,
      error: { message: 'The page stopped waiting' },
    });
    expect(calls.inFlight(first)).toBe(1);
    calls.abortAll(first, 'The window closed');
    expect(await other).toMatchObject({ error: { message: 'The window closed' } });
  });

  it('refuses an id that is not a short plain name, before any work starts', async () => {
    const calls = new WindowCalls();
    const handle = createInvokeHandler(untilAborted, new Set([first]), calls);
    for (const bad of ['', 'x'.repeat(65), 'a b', '../x', 42, { id: 'x' }, null]) {
      expect(await handle(fromWindow(first), 'objects.list', {}, bad)).toMatchObject({
        ok: false,
        error: { code: 'InvalidInput' },
      });
    }
    expect(calls.inFlight(first)).toBe(0);
  });

  it('gives a reused id to the first call only: the second cannot be cancelled by it', async () => {
    const calls = new WindowCalls();
    const handle = createInvokeHandler(untilAborted, new Set([first]), calls);
    const cancel = createCancelListener(new Set([first]), calls);
    const one = handle(fromWindow(first), 'objects.list', {}, 'same');
    const two = handle(fromWindow(first), 'objects.list', {}, 'same');
    cancel(named(first) as never, 'same');
    expect(await one).toMatchObject({ error: { message: 'The page stopped waiting' } });
    expect(calls.inFlight(first)).toBe(1);
    calls.abortAll(first, 'The window closed');
    expect(await two).toMatchObject({ error: { message: 'The window closed' } });
  });
});
