import { afterEach, describe, expect, it, vi } from 'vitest';
import { RateTracker } from './progress-rate.js';
import { ProgressThrottle } from './progress-throttle.js';

describe('RateTracker', () => {
  it('knows no rate or ETA before two samples', () => {
    const rate = new RateTracker();
    rate.sample(0, 0);
    expect(rate.bytesPerSec).toBe(0);
    expect(rate.etaSeconds(0, 100)).toBeNull();
  });

  it('reports a steady rate and the ETA from it', () => {
    const rate = new RateTracker();
    for (let t = 0; t <= 10_000; t += 250) rate.sample(t * 1000, t); // 1 MB/s
    expect(rate.bytesPerSec).toBeCloseTo(1_000_000, -2);
    expect(rate.etaSeconds(10_000_000, 30_000_000)).toBe(20);
  });

  it('follows a change over a few seconds instead of jumping', () => {
    const rate = new RateTracker(3_000);
    let bytes = 0;
    for (let t = 0; t <= 10_000; t += 250) rate.sample((bytes += 250_000), t); // 1 MB/s
    for (let t = 10_250; t <= 11_000; t += 250) rate.sample((bytes += 25_000), t); // 100 kB/s
    expect(rate.bytesPerSec).toBeLessThan(900_000);
    expect(rate.bytesPerSec).toBeGreaterThan(200_000);
    for (let t = 11_250; t <= 30_000; t += 250) rate.sample((bytes += 25_000), t);
    expect(rate.bytesPerSec).toBeCloseTo(100_000, -4);
  });

  it('treats bytes taken back by a retry as a standstill, not negative speed', () => {
    const rate = new RateTracker();
    rate.sample(1000, 0);
    rate.sample(2000, 1000);
    rate.sample(500, 2000);
    expect(rate.bytesPerSec).toBeGreaterThanOrEqual(0);
  });

  it('starts over after reset', () => {
    const rate = new RateTracker();
    rate.sample(0, 0);
    rate.sample(1000, 1000);
    rate.reset();
    expect(rate.bytesPerSec).toBe(0);
    expect(rate.etaSeconds(0, 10)).toBeNull();
  });
});

describe('ProgressThrottle', () => {
  afterEach(() => vi.useRealTimers());

  it('sends the first change at once and at most one per interval after it', () => {
    vi.useFakeTimers();
    const send = vi.fn();
    const throttle = new ProgressThrottle(250, send, () => Date.now());
    throttle.poke();
    expect(send).toHaveBeenCalledTimes(1);
    for (let i = 0; i < 100; i++) {
      throttle.poke();
      vi.advanceTimersByTime(10); // 100 pokes over one second
    }
    expect(send.mock.calls.length).toBeLessThanOrEqual(5);
    expect(send.mock.calls.length).toBeGreaterThanOrEqual(4);
  });

  it('coalesces a burst into one trailing call, and cancel drops it', () => {
    vi.useFakeTimers();
    const send = vi.fn();
    const throttle = new ProgressThrottle(250, send, () => Date.now());
    throttle.poke();
    throttle.poke();
    throttle.poke();
    expect(send).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(250);
    expect(send).toHaveBeenCalledTimes(2);
    throttle.poke();
    throttle.cancel();
    vi.advanceTimersByTime(1000);
    expect(send).toHaveBeenCalledTimes(2);
  });
});
