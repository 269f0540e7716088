import { describe, expect, it } from 'vitest';
import { ageInDays, parseDays, uploadsOlderThan } from './older-than.js';

const now = Date.parse('2026-03-10T12:00:00.000Z');
const upload = (key: string, initiated: string | null) => ({
  key,
  uploadId: `u-${key}`,
  initiated,
});

describe('uploadsOlderThan', () => {
  const uploads = [
    upload('new', '2026-03-09T12:00:00.000Z'),
    upload('week', '2026-03-03T12:00:00.000Z'),
    upload('old', '2026-01-01T00:00:00.000Z'),
    upload('unknown', null),
  ];

  it('keeps uploads started strictly more than N days ago', () => {
    expect(uploadsOlderThan(uploads, 7, now).map((u) => u.key)).toEqual(['old']);
    expect(uploadsOlderThan(uploads, 6, now).map((u) => u.key)).toEqual(['week', 'old']);
    expect(uploadsOlderThan(uploads, 0, now).map((u) => u.key)).toEqual(['new', 'week', 'old']);
  });

  it('never counts an upload of unknown age as old', () => {
    expect(uploadsOlderThan(uploads, 0, now).map((u) => u.key)).not.toContain('unknown');
    expect(ageInDays(null, now)).toBeNull();
    expect(ageInDays('not a date', now)).toBeNull();
  });
});

describe('parseDays', () => {
  it('takes whole non-negative numbers only', () => {
    expect(parseDays(' 7 ')).toBe(7);
    expect(parseDays('0')).toBe(0);
    for (const bad of ['', '-1', '1.5', 'abc', '999999']) expect(parseDays(bad)).toBeNull();
  });
});
