import { describe, expect, it } from 'vitest';
import { RequestLimiter } from './request-limiter.js';

function deferred() {
  let resolve = (): void => undefined;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('RequestLimiter', () => {
  it('never runs more than the limit at once, and runs everything', async () => {
    const limiter = new RequestLimiter(3);
    let peak = 0;
    let running = 0;
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        limiter.run(async () => {
          running++;
          peak = Math.max(peak, running);
          await new Promise((r) => setTimeout(r, 1));
          running--;
          return i;
        }),
      ),
    );
    expect(peak).toBe(3);
    expect(results).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(limiter.active).toBe(0);
  });

  it('releases the slot when work fails', async () => {
    const limiter = new RequestLimiter(1);
    await expect(limiter.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await limiter.run(() => Promise.resolve('next'))).toBe('next');
  });

  it('drops a waiter whose signal aborts, without taking a slot', async () => {
    const limiter = new RequestLimiter(1);
    const gate = deferred();
    const first = limiter.run(() => gate.promise);
    const abort = new AbortController();
    const waiting = limiter.run(() => Promise.resolve('never'), abort.signal);
    abort.abort();
    await expect(waiting).rejects.toThrow();
    gate.resolve();
    await first;
    expect(limiter.active).toBe(0);
  });
});
