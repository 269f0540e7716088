import { describe, expect, it } from 'vitest';
import { nextZoom, zoomPercent } from './zoom.js';

describe('nextZoom', () => {
  it('steps from the scale "fit" shows the image at', () => {
    expect(nextZoom('fit', 0.5, 1)).toBe(0.625);
    expect(nextZoom('fit', 0.5, -1)).toBe(0.4);
  });

  it('stops at 100 % when a step would pass it', () => {
    expect(nextZoom(0.9, 0.5, 1)).toBe(1);
    expect(nextZoom(1.1, 0.5, -1)).toBe(1);
    expect(nextZoom(1, 0.5, 1)).toBe(1.25);
  });

  it('stays between 5 % and 1600 %', () => {
    expect(nextZoom(0.05, 1, -1)).toBe(0.05);
    expect(nextZoom(16, 1, 1)).toBe(16);
  });
});

describe('zoomPercent', () => {
  it('shows the fitted scale while fitting', () => {
    expect(zoomPercent('fit', 0.333)).toBe(33);
    expect(zoomPercent(2, 0.333)).toBe(200);
  });
});
