import { describe, expect, it } from 'vitest';
import type { ObjectVersionRow } from '../../../../shared/domain/object-versions.js';
import { VersionRows } from './version-rows.js';
import type { VersionListRow } from './version-rows.js';

const v = (key: string, versionId: string, extra: Partial<ObjectVersionRow> = {}) => ({
  key,
  versionId,
  isLatest: false,
  deleteMarker: false,
  size: 1,
  lastModified: '2026-03-01T12:00:00.000Z',
  etag: null,
  storageClass: null,
  ...extra,
});

const shape = (rows: VersionRows) =>
  Array.from({ length: rows.length }, (_, i) => rows.at(i)).map((row?: VersionListRow) =>
    row === undefined
      ? '?'
      : row.kind === 'version'
        ? `  ${row.version.versionId}`
        : row.kind === 'key'
          ? `${row.name}${row.deleted ? ' (deleted)' : ''} ×${row.count}`
          : `[${row.name}]`,
  );

describe('VersionRows', () => {
  it('groups versions under their key, folders first, names relative to the folder', () => {
    const rows = new VersionRows('docs/');
    rows.sync([
      {
        folders: ['docs/sub/'],
        versions: [
          v('docs/', 'marker-object'),
          v('docs/a', 'del', { isLatest: true, deleteMarker: true }),
          v('docs/a', 'a1'),
          v('docs/b', 'b1', { isLatest: true }),
        ],
      },
    ]);
    expect(shape(rows)).toEqual(['[sub/]', 'a (deleted) ×2', '  del', '  a1', 'b ×1', '  b1']);
    expect(rows.versionCount).toBe(3);
  });

  it('keeps one heading for a key whose versions span pages, and appends rather than rebuilds', () => {
    const rows = new VersionRows('');
    const first = { folders: [], versions: [v('k', 'k2', { isLatest: true }), v('k', 'k1')] };
    const second = { folders: ['z/'], versions: [v('k', 'k0'), v('m', 'm1', { isLatest: true })] };
    expect(rows.sync([first])).toBe(true);
    expect(rows.sync([first])).toBe(false);
    const headingBefore = rows.at(0);
    rows.sync([first, second]);
    expect(rows.at(1)).toBe(headingBefore);
    expect(shape(rows)).toEqual(['[z/]', 'k ×3', '  k2', '  k1', '  k0', 'm ×1', '  m1']);
  });

  it('starts afresh when the pages are not the ones it holds (a refetch)', () => {
    const rows = new VersionRows('');
    rows.sync([{ folders: [], versions: [v('a', 'a1')] }]);
    rows.sync([{ folders: [], versions: [v('b', 'b1')] }]);
    expect(shape(rows)).toEqual(['b ×1', '  b1']);
  });

  it('shows one row per object without headings for the "as it was at" view', () => {
    const rows = new VersionRows('', false);
    rows.sync([{ folders: ['f/'], versions: [v('a', 'a1'), v('b', 'b1')] }]);
    expect(shape(rows)).toEqual(['[f/]', '  a1', '  b1']);
  });
});
