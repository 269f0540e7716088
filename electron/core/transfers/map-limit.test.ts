import { describe, expect, it } from 'vitest';
import { mapLimit } from './map-limit.js';

describe('mapLimit', () => {
  it('processes every item with bounded concurrency, from sync or async sources', async () => {
    async function* numbers() {
      // A real async source: each item arrives after a tick.
      for (let i = 0; i < 10; i++) yield await Promise.resolve(i);
    }
    for (const source of [Array.from({ length: 10 }, (_, i) => i), numbers()]) {
      const seen: number[] = [];
      let running = 0;
      let peak = 0;
      await mapLimit(source, 3, async (n) => {
        running++;
        peak = Math.max(peak, running);
        await new Promise((r) => setTimeout(r, 1));
        seen.push(n);
        running--;
      });
      expect(seen.sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
      expect(peak).toBe(3);
    }
  });

  it('stops on the first failure, aborts the others, and rethrows it', async () => {
    const started: number[] = [];
    let abortedPeers = 0;
    const run = mapLimit([1, 2, 3, 4, 5, 6], 2, async (n, signal) => {
      started.push(n);
      if (n === 2) throw new Error('part 2 failed');
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 50);
        signal.addEventListener('abort', () => {
          abortedPeers++;
          clearTimeout(timer);
          resolve();
        });
      });
    });
    await expect(run).rejects.toThrow('part 2 failed');
    expect(started).toEqual([1, 2]);
    expect(abortedPeers).toBe(1);
  });

  it('rejects when the outer signal aborts', async () => {
    const outer = new AbortController();
    const run = mapLimit(
      [1, 2, 3],
      1,
      async () => {
        outer.abort(new Error('paused'));
        await Promise.resolve();
      },
      outer.signal,
    );
    await expect(run).rejects.toThrow('paused');
  });
});
