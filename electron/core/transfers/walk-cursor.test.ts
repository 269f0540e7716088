import { describe, expect, it } from 'vitest';
import { compareKeys, compareRelativePaths, WalkCursor } from './walk-cursor.js';

describe('WalkCursor', () => {
  it('advances its watermark only over a done prefix of the walk', () => {
    const cursor = new WalkCursor(compareRelativePaths);
    for (const k of ['a', 'b', 'c', 'd']) cursor.start(k);
    cursor.finish('b');
    cursor.finish('d');
    expect(cursor.watermark).toBeUndefined();
    expect(cursor.isDone('b')).toBe(true);
    expect(cursor.isDone('a')).toBe(false);
    cursor.finish('a');
    expect(cursor.watermark).toBe('b');
    expect(cursor.isDone('c')).toBe(false);
    expect(cursor.isDone('d')).toBe(true);
  });

  it('survives a restart: a re-walk skips what was done and meets the rest again', () => {
    const cursor = new WalkCursor(compareRelativePaths);
    for (const k of ['a', 'b', 'c']) cursor.start(k);
    cursor.finish('a');
    cursor.finish('c');
    cursor.restart();
    const met = ['a', 'b', 'c', 'd'].filter((k) => !cursor.isDone(k));
    expect(met).toEqual(['b', 'd']);
    for (const k of met) cursor.start(k);
    cursor.finish('b');
    cursor.finish('d');
    expect(cursor.watermark).toBe('d');
  });

  it('orders folder paths segment by segment and keys by UTF-8 bytes', () => {
    // A walk visits folder "a" before the file "a-c"; a listing puts "a-c" first.
    expect(compareRelativePaths('a/b', 'a-c')).toBeLessThan(0);
    expect(compareKeys('a/b', 'a-c')).toBeGreaterThan(0);
    expect(compareKeys('\uffff', '😀')).toBeLessThan(0);
  });
});
