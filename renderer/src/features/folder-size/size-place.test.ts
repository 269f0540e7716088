import { describe, expect, it } from 'vitest';
import { sizePlaceOf, timeAgo } from './size-place.js';

const at = (keys: string[], prefixes: string[]) => ({
  profileId: 'conn-1',
  bucket: 'b',
  prefix: 'docs/',
  selection: { keys, prefixes },
});

describe('sizePlaceOf', () => {
  it('measures the folder shown, a single folder, or else the selection', () => {
    expect(sizePlaceOf(at([], []))).toEqual({ profileId: 'conn-1', bucket: 'b', prefix: 'docs/' });
    expect(sizePlaceOf(at([], ['docs/a/']))).toEqual({
      profileId: 'conn-1',
      bucket: 'b',
      prefix: 'docs/a/',
    });
    expect(sizePlaceOf(at(['docs/x'], ['docs/a/']))).toMatchObject({
      prefix: 'docs/',
      selection: ['docs/a/', 'docs/x'],
    });
  });
});

describe('timeAgo', () => {
  it('says how long ago in the largest whole unit, in the language asked', () => {
    const now = Date.parse('2026-12-06T12:00:00Z');
    expect(timeAgo('2026-12-06T11:55:00Z', now, 'en')).toBe('5 minutes ago');
    expect(timeAgo('2026-12-06T11:59:58Z', now, 'en')).toBe('2 seconds ago');
    expect(timeAgo('2026-12-04T12:00:00Z', now, 'en')).toBe('2 days ago');
    expect(timeAgo('2026-12-06T09:00:00Z', now, 'zh-CN')).toBe('3小时前');
  });
});
