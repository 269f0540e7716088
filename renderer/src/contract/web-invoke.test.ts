import { describe, expect, it } from 'vitest';
import type { FetchLike } from './web-invoke.js';
import { createWebInvoke } from './web-invoke.js';

function stubFetch(respond: () => Response | Promise<Response>) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetchImpl: FetchLike = (url, init) => {
    calls.push({ url, init });
    return Promise.resolve(respond());
  };
  return { calls, invoke: createWebInvoke(fetchImpl) };
}

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

describe('web invoke', () => {
  it('POSTs the input as JSON to the channel URL', async () => {
    const { calls, invoke } = stubFetch(() => json({ ok: true, value: [] }));
    await invoke('buckets.list', { profileId: 'abcdef' });
    expect(calls).toEqual([
      {
        url: '/api/invoke/buckets.list',
        init: {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: '{"profileId":"abcdef"}',
        },
      },
    ]);
  });

  it('passes an ok envelope through', async () => {
    const { invoke } = stubFetch(() => json({ ok: true, value: { n: 1 } }));
    expect(await invoke('x', {})).toEqual({ ok: true, value: { n: 1 } });
  });

  it('passes a host error envelope through intact', async () => {
    const error = { code: 'NoSuchBucket', message: 'The bucket is gone', details: { bucket: 'b' } };
    const { invoke } = stubFetch(() => json({ ok: false, error }));
    expect(await invoke('x', {})).toEqual({ ok: false, error });
  });

  it('keeps an error envelope sent with a 4xx status', async () => {
    const error = { code: 'InvalidInput', message: 'Request body over 1 MiB' };
    const { invoke } = stubFetch(() => json({ ok: false, error }, 413));
    expect(await invoke('x', {})).toEqual({ ok: false, error });
  });

  it('turns a refused request into a lost-contact error with the reason', async () => {
    const { invoke } = stubFetch(() => new Response('Missing or wrong token', { status: 401 }));
    expect(await invoke('x', {})).toEqual({
      ok: false,
      error: {
        code: 'Internal',
        message: 'Lost contact with Holdall host: HTTP 401 Missing or wrong token',
        details: { status: 401 },
      },
    });
  });

  it('does not trust an ok envelope on a failed status', async () => {
    const { invoke } = stubFetch(() => json({ ok: true, value: 1 }, 500));
    const result = await invoke('x', {});
    expect(result.ok).toBe(false);
  });

  it('reports a network failure plainly', async () => {
    const invoke = createWebInvoke(() => Promise.reject(new TypeError('Failed to fetch')));
    expect(await invoke('x', {})).toEqual({
      ok: false,
      error: {
        code: 'Internal',
        message: 'Lost contact with Holdall host',
        details: { cause: 'TypeError: Failed to fetch' },
      },
    });
  });

  it('rejects a 2xx reply that is not an envelope', async () => {
    const { invoke } = stubFetch(() => new Response('<html>', { status: 200 }));
    const result = await invoke('x', {});
    expect(result.ok === false && result.error.code).toBe('Internal');
  });

  it('rejects an error envelope with an unknown shape', async () => {
    const { invoke } = stubFetch(() => json({ ok: false, error: { message: 'no code' } }));
    const result = await invoke('x', {});
    expect(result.ok === false && result.error.message).toMatch(/^Lost contact with Holdall host/);
  });

  it('answers Canceled when its signal aborts, passing the signal to fetch to drop the request', async () => {
    const seen: (AbortSignal | null | undefined)[] = [];
    // A fetch that waits for its answer until the signal aborts, as the browser's does.
    const invoke = createWebInvoke(
      (_url, init) =>
        new Promise((_resolve, reject) => {
          seen.push(init.signal);
          init.signal?.addEventListener('abort', () =>
            reject(new DOMException('The operation was aborted.', 'AbortError')),
          );
        }),
    );
    const controller = new AbortController();
    const answer = invoke('objects.list', { profileId: 'abcdef' }, controller.signal);
    controller.abort();
    expect(await answer).toMatchObject({ ok: false, error: { code: 'Canceled' } });
    expect(seen).toEqual([controller.signal]);
  });

  it('still says contact was lost when fetch fails without an abort', async () => {
    const invoke = createWebInvoke(() => Promise.reject(new TypeError('Failed to fetch')));
    const controller = new AbortController();
    expect(await invoke('objects.list', {}, controller.signal)).toMatchObject({
      ok: false,
      error: { code: 'Internal' },
    });
  });
});
