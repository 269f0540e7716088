import { describe, expect, it } from 'vitest';
import { eachLimited, keyFailures } from './run-report.js';

describe('eachLimited', () => {
  it('works through every item with at most the limit in flight', async () => {
    let inFlight = 0;
    let most = 0;
    const seen: number[] = [];
    await eachLimited([1, 2, 3, 4, 5, 6, 7], 3, async (item) => {
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 5 * (item % 3)));
      seen.push(item);
      inFlight--;
    });
    expect(seen.sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(most).toBe(3);
  });

  it('does nothing for no items', async () => {
    let calls = 0;
    await eachLimited([], 4, () => {
      calls++;
      return Promise.resolve();
    });
    expect(calls).toBe(0);
  });
});

describe('keyFailures', () => {
  it('names each refused key with the server’s reason', () => {
    expect(
      keyFailures([{ key: 'photos/a.jpg', code: 'AccessDenied', message: 'Access denied.' }]),
    ).toEqual([{ name: 'photos/a.jpg', message: 'Access denied.' }]);
  });
});
