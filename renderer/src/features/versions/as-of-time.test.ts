import { describe, expect, it } from 'vitest';
import { localInputToInstant, nowAsLocalInput } from './as-of-time.js';

describe('the "as it was at" time', () => {
  it('reads a datetime-local value in the local time zone, with or without seconds', () => {
    const local = new Date(2026, 2, 1, 12, 30, 15);
    expect(localInputToInstant('2026-03-01T12:30:15')).toBe(local.toISOString());
    expect(localInputToInstant('2026-03-01T12:30')).toBe(
      new Date(2026, 2, 1, 12, 30).toISOString(),
    );
  });

  it('refuses what is not a whole date and time', () => {
    for (const value of ['', '2026-03-01', '12:30', 'yesterday', '2026-13-45T99:99'])
      expect(localInputToInstant(value)).toBeNull();
  });

  it('offers now, to the second, in the form the input takes, and reads it back', () => {
    const now = new Date(2026, 11, 6, 9, 5, 7);
    expect(nowAsLocalInput(now)).toBe('2026-12-06T09:05:07');
    expect(localInputToInstant(nowAsLocalInput(now))).toBe(now.toISOString());
  });
});
