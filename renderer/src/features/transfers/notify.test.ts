import { describe, expect, it } from 'vitest';
import { LONG_JOB_MS, shouldNotify } from './notify.js';

const start = Date.parse('2026-01-01T00:00:00.000Z');
const ended = (state: 'succeeded' | 'failed' | 'canceled' | 'paused') => ({
  state,
  createdAt: new Date(start).toISOString(),
});

describe('shouldNotify', () => {
  it('notifies when a task seen under way ends after more than 10 s', () => {
    expect(shouldNotify({ state: 'running' }, ended('succeeded'), start + LONG_JOB_MS + 1)).toBe(
      true,
    );
    expect(shouldNotify({ state: 'queued' }, ended('failed'), start + 60_000)).toBe(true);
  });

  it('stays quiet for short tasks, cancels and pauses', () => {
    expect(shouldNotify({ state: 'running' }, ended('succeeded'), start + 5_000)).toBe(false);
    expect(shouldNotify({ state: 'running' }, ended('canceled'), start + 60_000)).toBe(false);
    expect(shouldNotify({ state: 'running' }, ended('paused'), start + 60_000)).toBe(false);
  });

  it('stays quiet for tasks this window never saw running (after a reload)', () => {
    expect(shouldNotify(undefined, ended('succeeded'), start + 60_000)).toBe(false);
    expect(shouldNotify({ state: 'succeeded' }, ended('succeeded'), start + 60_000)).toBe(false);
  });
});
