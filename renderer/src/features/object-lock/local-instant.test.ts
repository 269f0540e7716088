import { describe, expect, it } from 'vitest';
import { fromLocalInput, toLocalInput } from './local-instant.js';

describe('retain-until dates typed in local time', () => {
  it('go to UTC and back to the same minute', () => {
    const iso = fromLocalInput('2026-12-31T14:00');
    expect(iso).toMatch(/^2026-12-3\dT\d\d:\d\d:00Z$|^2027-01-01T\d\d:\d\d:00Z$/);
    expect(toLocalInput(iso ?? '')).toBe('2026-12-31T14:00');
  });

  it('are refused when they are not a date and time', () => {
    expect(fromLocalInput('')).toBeUndefined();
    expect(fromLocalInput('2026-12-31')).toBeUndefined();
    expect(fromLocalInput('tomorrow at noon')).toBeUndefined();
  });
});
