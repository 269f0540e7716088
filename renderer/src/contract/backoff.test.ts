import { describe, expect, it } from 'vitest';
import { backoffDelay } from './backoff.js';

describe('backoffDelay', () => {
  it('doubles from half a second', () => {
    expect(backoffDelay(0, () => 1)).toBe(500);
    expect(backoffDelay(1, () => 1)).toBe(1000);
    expect(backoffDelay(2, () => 1)).toBe(2000);
  });

  it('keeps at least half the ceiling as jitter floor', () => {
    expect(backoffDelay(1, () => 0)).toBe(500);
  });

  it('caps at fifteen seconds', () => {
    expect(backoffDelay(30, () => 1)).toBe(15_000);
  });
});
