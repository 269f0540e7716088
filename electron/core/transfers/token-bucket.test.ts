import { describe, expect, it } from 'vitest';
import { TokenBucket } from './token-bucket.js';

function clock() {
  let now = 0;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('TokenBucket', () => {
  it('never waits without a limit', () => {
    const bucket = new TokenBucket(null);
    expect(bucket.take(1e9)).toBe(0);
  });

  it('allows a quarter second of burst, then charges debt in arrival order', () => {
    const c = clock();
    const bucket = new TokenBucket(1000, c.now);
    expect(bucket.take(250)).toBe(0);
    expect(bucket.take(500)).toBe(500);
    // A later caller waits behind the earlier one's debt.
    expect(bucket.take(500)).toBe(1000);
    c.advance(1000);
    expect(bucket.take(0)).toBe(0);
  });

  it('refills at the rate but never beyond its capacity', () => {
    const c = clock();
    const bucket = new TokenBucket(1000, c.now);
    bucket.take(250);
    c.advance(60_000);
    expect(bucket.take(250)).toBe(0);
    expect(bucket.take(100)).toBe(100);
  });

  it('keeps the average at the limit over many chunks', () => {
    const c = clock();
    const bucket = new TokenBucket(64 * 1024, c.now);
    let waited = 0;
    for (let i = 0; i < 64; i++) {
      const wait = bucket.take(16 * 1024);
      waited = Math.max(waited, wait);
    }
    // 1 MiB at 64 KiB/s is 16 s, minus the quarter-second burst.
    expect(waited).toBeCloseTo(15_750, 0);
  });

  it('can be switched on, changed and switched off', () => {
    const c = clock();
    const bucket = new TokenBucket(null, c.now);
    bucket.setRate(100);
    expect(bucket.take(25)).toBe(0);
    expect(bucket.take(100)).toBe(1000);
    bucket.setRate(null);
    expect(bucket.take(1e6)).toBe(0);
    expect(() => bucket.setRate(0)).toThrow(RangeError);
  });
});
