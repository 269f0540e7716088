export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What is remembered of the window between runs. */
export interface WindowState {
  bounds: Rect;
  maximized: boolean;
}

export const DEFAULT_SIZE = { width: 1280, height: 800 } as const;
/** Smaller than this, the saved size is someone's accident rather than a choice. */
export const MIN_SIZE = { width: 480, height: 360 } as const;
/** How much of the window must lie on a display for it to count as shown there. */
const MIN_VISIBLE = 64;
const MAX_COORDINATE = 100_000;

const isCoordinate = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= MAX_COORDINATE;

function asRect(value: unknown): Rect | null {
  if (typeof value !== 'object' || value === null) return null;
  const { x, y, width, height } = value as Record<string, unknown>;
  if (!isCoordinate(x) || !isCoordinate(y) || !isCoordinate(width) || !isCoordinate(height))
    return null;
  if (width <= 0 || height <= 0) return null;
  return {
    x: Math.round(x),
    y: Math.round(y),
    width: Math.round(width),
    height: Math.round(height),
  };
}

/** The saved file's state, or null for a missing, corrupt or foreign one (defaults then). */
export function parseWindowState(text: string): WindowState | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null) return null;
  const { bounds, maximized } = data as Record<string, unknown>;
  const rect = asRect(bounds);
  if (rect === null || typeof maximized !== 'boolean') return null;
  return { bounds: rect, maximized };
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

function centred(size: { width: number; height: number }, area: Rect): Rect {
  const width = Math.min(size.width, area.width);
  const height = Math.min(size.height, area.height);
  return {
    x: area.x + Math.floor((area.width - width) / 2),
    y: area.y + Math.floor((area.height - height) / 2),
    width,
    height,
  };
}

/**
 * Where the window opens: its saved bounds moved and shrunk onto the display that shows most
 * of it, or centred on the primary display when no display shows enough of it (a monitor that
 * was unplugged, a resolution that shrank). `workAreas[0]` is the primary display's.
 */
export function placeWindow(saved: Rect | null, workAreas: readonly Rect[]): Rect {
  const [primary] = workAreas;
  if (primary === undefined) return saved ?? { x: 0, y: 0, ...DEFAULT_SIZE };
  if (saved === null) return centred(DEFAULT_SIZE, primary);
  const size = {
    width: Math.max(saved.width, MIN_SIZE.width),
    height: Math.max(saved.height, MIN_SIZE.height),
  };
  const grown = { x: saved.x, y: saved.y, ...size };
  let best: { area: Rect; shown: number } | null = null;
  for (const area of workAreas) {
    const { width, height } = overlap(grown, area);
    if (width < MIN_VISIBLE || height < MIN_VISIBLE) continue;
    if (best === null || width * height > best.shown) best = { area, shown: width * height };
  }
  if (best === null) return centred(size, primary);
  const { area } = best;
  const width = Math.min(size.width, area.width);
  const height = Math.min(size.height, area.height);
  return {
    x: Math.min(Math.max(saved.x, area.x), area.x + area.width - width),
    y: Math.min(Math.max(saved.y, area.y), area.y + area.height - height),
    width,
    height,
  };
}
