import type { ListingExtras } from './compact-page.js';

/** The object list's columns: which show and how wide, the same for every bucket. */
export type OptionalColumn = 'size' | 'modified' | 'storageClass' | 'etag' | 'owner';
export type ColumnId = 'name' | OptionalColumn;

/** In the order they appear, left to right. Name is always shown. */
export const OPTIONAL_COLUMNS: readonly OptionalColumn[] = [
  'size',
  'modified',
  'storageClass',
  'etag',
  'owner',
];

export interface ColumnSettings {
  /** Shown optional columns, in `OPTIONAL_COLUMNS` order. */
  readonly visible: readonly OptionalColumn[];
  /** Widths in CSS pixels the person chose; a missing one has its default. */
  readonly widths: Readonly<Partial<Record<ColumnId, number>>>;
}

export const DEFAULT_WIDTHS: Readonly<Record<ColumnId, number>> = {
  name: 320,
  size: 96,
  modified: 208,
  storageClass: 150,
  etag: 280,
  owner: 160,
};

export const MIN_WIDTHS: Readonly<Record<ColumnId, number>> = {
  name: 120,
  size: 64,
  modified: 96,
  storageClass: 72,
  etag: 96,
  owner: 72,
};

export const MAX_WIDTH = 1600;
/** The column at the right end that holds the column chooser. */
export const CHOOSER_WIDTH = 36;
/** One arrow key press on a resize handle; with Shift, four times this. */
export const WIDTH_STEP = 16;

export const DEFAULT_COLUMNS: ColumnSettings = {
  visible: ['size', 'modified', 'storageClass'],
  widths: {},
};

export function clampWidth(column: ColumnId, width: number): number {
  if (!Number.isFinite(width)) return DEFAULT_WIDTHS[column];
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTHS[column], Math.round(width)));
}

export function isOptionalColumn(value: unknown): value is OptionalColumn {
  return typeof value === 'string' && (OPTIONAL_COLUMNS as readonly string[]).includes(value);
}

export function isShown(settings: ColumnSettings, column: ColumnId): boolean {
  return column === 'name' || settings.visible.includes(column);
}

export function toggleColumn(settings: ColumnSettings, column: OptionalColumn): ColumnSettings {
  const shown = new Set(settings.visible);
  if (shown.has(column)) shown.delete(column);
  else shown.add(column);
  return { ...settings, visible: OPTIONAL_COLUMNS.filter((c) => shown.has(c)) };
}

export function resizeColumn(
  settings: ColumnSettings,
  column: ColumnId,
  width: number,
): ColumnSettings {
  return { ...settings, widths: { ...settings.widths, [column]: clampWidth(column, width) } };
}

export function resetWidth(settings: ColumnSettings, column: ColumnId): ColumnSettings {
  const widths = { ...settings.widths };
  delete widths[column];
  return { ...settings, widths };
}

/** The width a resize key asks for, or null when the key is not one. */
export function widthForKey(
  key: string,
  shift: boolean,
  column: ColumnId,
  width: number,
): number | null {
  const step = shift ? WIDTH_STEP * 4 : WIDTH_STEP;
  switch (key) {
    case 'ArrowRight':
      return clampWidth(column, width + step);
    case 'ArrowLeft':
      return clampWidth(column, width - step);
    case 'Home':
      return MIN_WIDTHS[column];
    case 'End':
      return MAX_WIDTH;
    default:
      return null;
  }
}

/**
 * Name fills the free space until the person sizes it; from then on every column has its
 * width and the chooser's column takes what is left.
 */
export function gridTemplate(settings: ColumnSettings): { columns: string; minWidth: number } {
  const name = settings.widths.name;
  const fixed = settings.visible.map((column) => widthOf(settings, column));
  const rest = fixed.reduce((sum, width) => sum + width, 0);
  const tracks =
    name === undefined
      ? [`minmax(${MIN_WIDTHS.name}px, 1fr)`, ...fixed.map(px), px(CHOOSER_WIDTH)]
      : [px(name), ...fixed.map(px), `minmax(${CHOOSER_WIDTH}px, 1fr)`];
  return {
    columns: tracks.join(' '),
    minWidth: (name ?? MIN_WIDTHS.name) + rest + CHOOSER_WIDTH,
  };
}

export function widthOf(settings: ColumnSettings, column: ColumnId): number {
  return settings.widths[column] ?? DEFAULT_WIDTHS[column];
}

const px = (width: number) => `${width}px`;

/** Settings read back from storage: anything unknown or out of range is left out. */
export function parseColumnSettings(stored: string | null): ColumnSettings {
  if (stored === null) return DEFAULT_COLUMNS;
  let raw: unknown;
  try {
    raw = JSON.parse(stored);
  } catch {
    return DEFAULT_COLUMNS;
  }
  if (typeof raw !== 'object' || raw === null) return DEFAULT_COLUMNS;
  const { visible, widths } = raw as { visible?: unknown; widths?: unknown };
  const shown = Array.isArray(visible) ? new Set(visible.filter(isOptionalColumn)) : null;
  const parsed: Partial<Record<ColumnId, number>> = {};
  if (typeof widths === 'object' && widths !== null) {
    for (const column of ['name', ...OPTIONAL_COLUMNS] as const) {
      const width: unknown = (widths as Record<string, unknown>)[column];
      if (typeof width === 'number' && Number.isFinite(width)) {
        parsed[column] = clampWidth(column, width);
      }
    }
  }
  return {
    visible:
      shown === null ? DEFAULT_COLUMNS.visible : OPTIONAL_COLUMNS.filter((c) => shown.has(c)),
    widths: parsed,
  };
}

/** What the shown columns need listing pages to keep. */
export function listingExtras(settings: ColumnSettings): ListingExtras {
  return { etag: settings.visible.includes('etag'), owner: settings.visible.includes('owner') };
}
