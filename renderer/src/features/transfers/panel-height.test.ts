import { describe, expect, it } from 'vitest';
import {
  clampHeight,
  DEFAULT_HEIGHT,
  heightForKey,
  maxHeight,
  MIN_HEIGHT,
  parseStoredHeight,
} from './panel-height.js';

describe('transfers panel height', () => {
  it('leaves the object list its room however tall the panel is dragged', () => {
    expect(maxHeight(900)).toBe(260);
    expect(clampHeight(5_000, 900)).toBe(260);
    expect(clampHeight(10, 900)).toBe(MIN_HEIGHT);
    // A small window still shows a few transfer rows.
    expect(clampHeight(5_000, 600)).toBe(MIN_HEIGHT);
    expect(clampHeight(Number.NaN, 900)).toBe(DEFAULT_HEIGHT);
  });

  it('moves by keyboard: arrows a step, Page keys more, Home and End to the ends', () => {
    expect(heightForKey('ArrowUp', 200, 900)).toBe(224);
    expect(heightForKey('ArrowDown', 200, 900)).toBe(176);
    expect(heightForKey('PageUp', 200, 900)).toBe(260);
    expect(heightForKey('PageUp', 100, 900)).toBe(220);
    expect(heightForKey('Home', 200, 900)).toBe(MIN_HEIGHT);
    expect(heightForKey('End', 200, 900)).toBe(260);
    expect(heightForKey('a', 200, 900)).toBeNull();
  });

  it('reads back a remembered height, or the default for nothing or garbage', () => {
    expect(parseStoredHeight('250')).toBe(250);
    expect(parseStoredHeight(null)).toBe(DEFAULT_HEIGHT);
    expect(parseStoredHeight('tall')).toBe(DEFAULT_HEIGHT);
  });
});
