import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SIZE, MIN_SIZE, parseWindowState, placeWindow } from './window-bounds.js';
import type { Rect } from './window-bounds.js';

const primary: Rect = { x: 0, y: 0, width: 1920, height: 1040 };
const rightMonitor: Rect = { x: 1920, y: 0, width: 2560, height: 1400 };

describe('placeWindow', () => {
  it('opens a first run at the default size, centred on the primary display', () => {
    expect(placeWindow(null, [primary])).toEqual({ x: 320, y: 120, ...DEFAULT_SIZE });
  });

  it('keeps a window where it was when that place is still on a display', () => {
    const saved = { x: 2100, y: 50, width: 1400, height: 900 };
    expect(placeWindow(saved, [primary, rightMonitor])).toEqual(saved);
  });

  it('centres a window saved on a monitor that is gone on the primary display', () => {
    const saved = { x: 2100, y: 50, width: 1400, height: 900 };
    expect(placeWindow(saved, [primary])).toEqual({ x: 260, y: 70, width: 1400, height: 900 });
  });

  it('pulls a window hanging off an edge back onto the display that shows most of it', () => {
    expect(placeWindow({ x: -300, y: 900, width: 1000, height: 600 }, [primary])).toEqual({
      x: 0,
      y: 440,
      width: 1000,
      height: 600,
    });
  });

  it('shrinks a window larger than the display it lands on, and grows a tiny one', () => {
    expect(placeWindow({ x: 10, y: 10, width: 4000, height: 3000 }, [primary])).toEqual(primary);
    expect(placeWindow({ x: 100, y: 100, width: 50, height: 20 }, [primary])).toEqual({
      x: 100,
      y: 100,
      ...MIN_SIZE,
    });
  });

  it('treats a window showing only a sliver on a display as not shown there', () => {
    const saved = { x: 1900, y: 100, width: 800, height: 600 };
    expect(placeWindow(saved, [primary])).toEqual({ x: 560, y: 220, width: 800, height: 600 });
  });

  it('always answers a window lying wholly on one of the displays', () => {
    const rect = fc.record({
      x: fc.integer({ min: -5000, max: 5000 }),
      y: fc.integer({ min: -5000, max: 5000 }),
      width: fc.integer({ min: 1, max: 6000 }),
      height: fc.integer({ min: 1, max: 6000 }),
    });
    const area = fc.record({
      x: fc.integer({ min: -4000, max: 4000 }),
      y: fc.integer({ min: -4000, max: 4000 }),
      width: fc.integer({ min: 300, max: 4000 }),
      height: fc.integer({ min: 300, max: 3000 }),
    });
    fc.assert(
      fc.property(
        fc.option(rect, { nil: null }),
        fc.array(area, { minLength: 1, maxLength: 3 }),
        (saved, areas) => {
          const placed = placeWindow(saved, areas);
          expect(
            areas.some(
              (a) =>
                placed.x >= a.x &&
                placed.y >= a.y &&
                placed.x + placed.width <= a.x + a.width &&
                placed.y + placed.height <= a.y + a.height,
            ),
          ).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('parseWindowState', () => {
  it('reads what was saved', () => {
    const state = { bounds: { x: -1200, y: 40, width: 1100, height: 700 }, maximized: true };
    expect(parseWindowState(JSON.stringify(state))).toEqual(state);
  });

  it.each([
    '',
    '{',
    'null',
    '[]',
    '{"bounds":{"x":0,"y":0,"width":800,"height":600}}',
    '{"bounds":{"x":0,"y":0,"width":0,"height":600},"maximized":false}',
    '{"bounds":{"x":"0","y":0,"width":800,"height":600},"maximized":false}',
    '{"bounds":{"x":1e308,"y":0,"width":800,"height":600},"maximized":false}',
    '{"bounds":null,"maximized":false}',
  ])('answers null for a corrupt or foreign file: %s', (text) => {
    expect(parseWindowState(text)).toBeNull();
  });
});
