/** The transfers panel's list height (px): what the person chose, within what keeps the object list usable. */
export const MIN_HEIGHT = 96;
export const DEFAULT_HEIGHT = 200;
/**
 * Kept for everything above the list: the panel's header and the object list with its toolbars
 * and fifteen rows. The layout also holds that room for the object list (`.workspace`), so a
 * banner above it squeezes the panel, not the list.
 */
export const KEPT_FOR_OBJECTS = 640;
const STEP = 24;
const BIG_STEP = 120;

export function maxHeight(windowHeight: number): number {
  return Math.max(MIN_HEIGHT, Math.floor(windowHeight - KEPT_FOR_OBJECTS));
}

export function clampHeight(height: number, windowHeight: number): number {
  if (!Number.isFinite(height)) return Math.min(DEFAULT_HEIGHT, maxHeight(windowHeight));
  return Math.round(Math.min(maxHeight(windowHeight), Math.max(MIN_HEIGHT, height)));
}

/** The separator's keys: arrows move a step (Up makes the panel taller), Page keys more, Home/End to the ends. */
export function heightForKey(key: string, height: number, windowHeight: number): number | null {
  const steps: Record<string, number> = {
    ArrowUp: STEP,
    ArrowDown: -STEP,
    PageUp: BIG_STEP,
    PageDown: -BIG_STEP,
  };
  const step = steps[key];
  if (step !== undefined) return clampHeight(height + step, windowHeight);
  if (key === 'Home') return MIN_HEIGHT;
  if (key === 'End') return maxHeight(windowHeight);
  return null;
}

/** A stored height, or the default when there is none or it is not a number. */
export function parseStoredHeight(stored: string | null): number {
  const value = stored === null ? Number.NaN : Number(stored);
  return Number.isFinite(value) ? value : DEFAULT_HEIGHT;
}
