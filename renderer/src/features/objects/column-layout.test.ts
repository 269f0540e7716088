import { describe, expect, it } from 'vitest';
import {
  clampWidth,
  DEFAULT_COLUMNS,
  gridTemplate,
  isShown,
  listingExtras,
  MAX_WIDTH,
  MIN_WIDTHS,
  parseColumnSettings,
  resetWidth,
  resizeColumn,
  toggleColumn,
  widthForKey,
} from './column-layout.js';

describe('clampWidth', () => {
  it('keeps a width between the column minimum and the maximum, in whole pixels', () => {
    expect(clampWidth('size', 10)).toBe(MIN_WIDTHS.size);
    expect(clampWidth('name', 10)).toBe(MIN_WIDTHS.name);
    expect(clampWidth('etag', 1e9)).toBe(MAX_WIDTH);
    expect(clampWidth('owner', 150.6)).toBe(151);
  });

  it('gives the default for a width that is not a number', () => {
    expect(clampWidth('modified', Number.NaN)).toBe(208);
    expect(clampWidth('modified', Number.POSITIVE_INFINITY)).toBe(208);
  });
});

describe('the column chooser', () => {
  it('shows size, modified and storage class at first, and always the name', () => {
    expect(DEFAULT_COLUMNS.visible).toEqual(['size', 'modified', 'storageClass']);
    expect(isShown(DEFAULT_COLUMNS, 'name')).toBe(true);
    expect(isShown(DEFAULT_COLUMNS, 'etag')).toBe(false);
  });

  it('adds a column in its place, not at the end, and removes it again', () => {
    const withEtag = toggleColumn(toggleColumn(DEFAULT_COLUMNS, 'owner'), 'etag');
    expect(withEtag.visible).toEqual(['size', 'modified', 'storageClass', 'etag', 'owner']);
    const withoutSize = toggleColumn(withEtag, 'size');
    expect(withoutSize.visible).toEqual(['modified', 'storageClass', 'etag', 'owner']);
    expect(toggleColumn(withoutSize, 'size').visible).toEqual(withEtag.visible);
  });

  it('keeps ETags and owners in pages only while their columns show', () => {
    expect(listingExtras(DEFAULT_COLUMNS)).toEqual({ etag: false, owner: false });
    expect(listingExtras(toggleColumn(DEFAULT_COLUMNS, 'etag'))).toEqual({
      etag: true,
      owner: false,
    });
    expect(listingExtras(toggleColumn(DEFAULT_COLUMNS, 'owner')).owner).toBe(true);
  });
});

describe('resizing', () => {
  it('remembers a clamped width and forgets it on reset', () => {
    const wide = resizeColumn(DEFAULT_COLUMNS, 'size', 20);
    expect(wide.widths.size).toBe(MIN_WIDTHS.size);
    expect(resetWidth(wide, 'size').widths).toEqual({});
  });

  it('steps by the arrow keys, four times with Shift, to the ends with Home and End', () => {
    expect(widthForKey('ArrowRight', false, 'size', 96)).toBe(112);
    expect(widthForKey('ArrowLeft', true, 'size', 200)).toBe(136);
    expect(widthForKey('ArrowLeft', false, 'size', MIN_WIDTHS.size)).toBe(MIN_WIDTHS.size);
    expect(widthForKey('Home', false, 'etag', 300)).toBe(MIN_WIDTHS.etag);
    expect(widthForKey('End', false, 'etag', 300)).toBe(MAX_WIDTH);
    expect(widthForKey('ArrowUp', false, 'etag', 300)).toBeNull();
  });
});

describe('gridTemplate', () => {
  it('lets the name fill the free space until it is sized', () => {
    expect(gridTemplate(DEFAULT_COLUMNS)).toEqual({
      columns: 'minmax(120px, 1fr) 96px 208px 150px 36px',
      minWidth: 120 + 96 + 208 + 150 + 36,
    });
  });

  it('gives a sized name its width and the rest to the chooser column', () => {
    const settings = resizeColumn(toggleColumn(DEFAULT_COLUMNS, 'size'), 'name', 400);
    expect(gridTemplate(settings)).toEqual({
      columns: '400px 208px 150px minmax(36px, 1fr)',
      minWidth: 400 + 208 + 150 + 36,
    });
  });
});

describe('parseColumnSettings', () => {
  it('reads back what was stored', () => {
    const settings = resizeColumn(toggleColumn(DEFAULT_COLUMNS, 'etag'), 'etag', 300);
    expect(parseColumnSettings(JSON.stringify(settings))).toEqual(settings);
  });

  it('falls back to the defaults for nothing stored or a value that is not JSON', () => {
    expect(parseColumnSettings(null)).toEqual(DEFAULT_COLUMNS);
    expect(parseColumnSettings('{')).toEqual(DEFAULT_COLUMNS);
    expect(parseColumnSettings('7')).toEqual(DEFAULT_COLUMNS);
  });

  it('drops unknown columns and bad widths, and clamps the rest', () => {
    const parsed = parseColumnSettings(
      JSON.stringify({
        visible: ['owner', 'name', 'color', 'size', 'size', 3],
        widths: { size: 'wide', etag: 5, owner: 99999, __proto__: 1, color: 10 },
      }),
    );
    expect(parsed.visible).toEqual(['size', 'owner']);
    expect(parsed.widths).toEqual({ etag: MIN_WIDTHS.etag, owner: MAX_WIDTH });
  });
});
