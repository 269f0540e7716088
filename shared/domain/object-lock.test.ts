import { describe, expect, it } from 'vitest';
import {
  defaultRetentionSchema,
  objectRetentionSchema,
  retainUntilAfter,
  retentionChange,
  versionIdSchema,
} from './object-lock.js';

const now = Date.parse('2026-06-01T12:00:00Z');
const governance = (until: string) => ({ mode: 'GOVERNANCE' as const, retainUntil: until });
const compliance = (until: string) => ({ mode: 'COMPLIANCE' as const, retainUntil: until });

describe('what a retention change needs', () => {
  it('sets or extends freely; a retention already over counts as none', () => {
    expect(retentionChange(null, governance('2026-07-01T00:00:00Z'), now)).toBe('extend');
    expect(
      retentionChange(governance('2026-06-02T00:00:00Z'), governance('2026-07-01T00:00:00Z'), now),
    ).toBe('extend');
    expect(
      retentionChange(compliance('2026-06-02T00:00:00Z'), compliance('2026-07-01T00:00:00Z'), now),
    ).toBe('extend');
    expect(
      retentionChange(compliance('2026-05-01T00:00:00Z'), governance('2026-06-01T13:00:00Z'), now),
    ).toBe('extend');
    expect(retentionChange(null, null, now)).toBe('same');
  });

  it('needs the bypass to shorten, remove or change running governance retention', () => {
    const running = governance('2026-07-01T00:00:00Z');
    expect(retentionChange(running, governance('2026-06-15T00:00:00Z'), now)).toBe('bypass');
    expect(retentionChange(running, null, now)).toBe('bypass');
    expect(retentionChange(running, compliance('2026-08-01T00:00:00Z'), now)).toBe('bypass');
    // The same instant written another way is no change.
    expect(retentionChange(running, governance('2026-07-01T02:00:00+02:00'), now)).toBe('same');
  });

  it('forbids shortening, removing or changing running compliance retention', () => {
    const running = compliance('2026-07-01T00:00:00Z');
    expect(retentionChange(running, compliance('2026-06-15T00:00:00Z'), now)).toBe('forbidden');
    expect(retentionChange(running, null, now)).toBe('forbidden');
    expect(retentionChange(running, governance('2026-08-01T00:00:00Z'), now)).toBe('forbidden');
  });
});

describe('retention limits and dates', () => {
  it('takes 1 to 36,500 days or 1 to 100 years, whole numbers only', () => {
    const ok = (unit: 'days' | 'years', amount: number) =>
      defaultRetentionSchema.safeParse({ mode: 'GOVERNANCE', unit, amount }).success;
    expect([ok('days', 1), ok('days', 36_500), ok('years', 1), ok('years', 100)]).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect([ok('days', 0), ok('days', 36_501), ok('years', 101), ok('days', 2.5)]).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  it('wants retain-until dates with a zone, and counts days and years on the UTC calendar', () => {
    expect(objectRetentionSchema.safeParse(governance('2026-12-31T14:00:00Z')).success).toBe(true);
    expect(objectRetentionSchema.safeParse(governance('2026-12-31T14:00:00')).success).toBe(false);
    expect(objectRetentionSchema.safeParse(governance('tomorrow')).success).toBe(false);
    const from = new Date('2028-02-29T10:00:00Z');
    expect(retainUntilAfter(from, 1, 'days').toISOString()).toBe('2028-03-01T10:00:00.000Z');
    expect(retainUntilAfter(from, 1, 'years').toISOString()).toBe('2029-03-01T10:00:00.000Z');
  });

  it('refuses empty version ids and control characters in them', () => {
    expect(versionIdSchema.safeParse('3sL4kqtJlcpXroDTDmJ+rmSpXd3dIbrHY').success).toBe(true);
    expect(versionIdSchema.safeParse('null').success).toBe(true);
    expect(versionIdSchema.safeParse('').success).toBe(false);
    expect(versionIdSchema.safeParse('a\nb').success).toBe(false);
  });
});
