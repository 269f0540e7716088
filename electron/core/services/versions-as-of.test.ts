import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ObjectVersionRow } from '../../../shared/domain/object-versions.js';
import { mergeVersions } from './object-versions.js';
import { keySettled, versionsAsOf } from './versions-as-of.js';

const T = (minute: number) => `2026-03-01T12:${String(minute).padStart(2, '0')}:00.000Z`;
const at = (minute: number) => Date.parse(T(minute));

function version(
  key: string,
  id: string,
  minute: number,
  extra: Partial<ObjectVersionRow> = {},
): ObjectVersionRow {
  return {
    key,
    versionId: id,
    isLatest: false,
    deleteMarker: false,
    size: 1,
    lastModified: T(minute),
    etag: '"e"',
    storageClass: 'STANDARD',
    ...extra,
  };
}
const marker = (key: string, id: string, minute: number) =>
  version(key, id, minute, { deleteMarker: true, size: 0, etag: null, storageClass: null });

// Listing order: keys ascending, each key newest first.
const listed = [
  version('a', 'a3', 30, { isLatest: true }),
  version('a', 'a2', 20),
  version('a', 'a1', 10),
  marker('b', 'b-del', 25),
  version('b', 'b1', 5),
  version('c', 'c1', 40, { isLatest: true }),
  marker('d', 'd-del', 15),
  version('d', 'd1', 12),
];

const ids = (rows: readonly ObjectVersionRow[]) => rows.map((r) => r.versionId);

describe('versionsAsOf', () => {
  it('takes, per key, the newest version written at or before the instant', () => {
    expect(ids(versionsAsOf(listed, at(21)))).toEqual(['a2', 'b1']);
    expect(ids(versionsAsOf(listed, at(20)))).toEqual(['a2', 'b1']);
    expect(ids(versionsAsOf(listed, at(13)))).toEqual(['a1', 'b1', 'd1']);
    expect(ids(versionsAsOf(listed, at(11)))).toEqual(['a1', 'b1']);
  });

  it('leaves out a key whose version at the instant was a delete marker', () => {
    expect(ids(versionsAsOf(listed, at(26)))).toEqual(['a2']);
    expect(ids(versionsAsOf(listed, at(59)))).toEqual(['a3', 'c1']);
  });

  it('leaves out keys that did not exist yet, and everything before the first version', () => {
    expect(ids(versionsAsOf(listed, at(6)))).toEqual(['b1']);
    expect(versionsAsOf(listed, at(0))).toEqual([]);
  });

  it('on equal times keeps the version listed first (the newer), and ignores undated ones', () => {
    const tie = [
      version('k', 'newer', 10),
      version('k', 'older', 10),
      version('k', 'undated', 5, { lastModified: null }),
    ];
    expect(ids(versionsAsOf(tie, at(10)))).toEqual(['newer']);
    expect(versionsAsOf([tie[2]!], at(59))).toEqual([]);
  });

  it('agrees with "replay the history up to the instant" for any history', () => {
    const event = fc.record({
      key: fc.constantFrom('a', 'b', 'c'),
      minute: fc.integer({ min: 0, max: 59 }),
      deleted: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.array(event, { maxLength: 30 }),
        fc.integer({ min: 0, max: 59 }),
        (events, when) => {
          // Writes in time order; each gets a distinct id. Replaying them gives the truth.
          const history = events
            .map((e, i) => ({ ...e, id: `v${i}` }))
            .sort((x, y) => x.minute - y.minute || x.id.localeCompare(y.id));
          const state = new Map<string, { id: string; deleted: boolean }>();
          for (const e of history) if (e.minute <= when) state.set(e.key, e);
          const expected = [...state.entries()]
            .filter(([, v]) => !v.deleted)
            .sort(([x], [y]) => x.localeCompare(y))
            .map(([, v]) => v.id);
          // What a server lists: keys ascending, each key newest first.
          const rows = [...history]
            .reverse()
            .sort((x, y) => x.key.localeCompare(y.key))
            .map((e) =>
              e.deleted ? marker(e.key, e.id, e.minute) : version(e.key, e.id, e.minute),
            );
          expect(ids(versionsAsOf(rows, at(when)))).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('keySettled', () => {
  it('is true once a version at or before the instant was seen, since the rest are older', () => {
    expect(keySettled(listed.slice(0, 1), 'a', at(21))).toBe(false);
    expect(keySettled(listed.slice(0, 2), 'a', at(21))).toBe(true);
    expect(keySettled(listed, 'c', at(39))).toBe(false);
  });
});

describe('mergeVersions', () => {
  it('puts delete markers back among the versions in listing order', () => {
    const versions = [version('a', 'a2', 20), version('a', 'a1', 10), version('b', 'b1', 5)];
    const markers = [marker('a', 'a-del', 30), marker('b', 'b-del', 25), marker('c', 'c-del', 1)];
    expect(ids(mergeVersions(versions, markers))).toEqual([
      'a-del',
      'a2',
      'a1',
      'b-del',
      'b1',
      'c-del',
    ]);
  });

  it('orders keys by UTF-8 bytes, as S3 lists them, and keeps server order on ties', () => {
    const rows = [version('é', 'e1', 1), version('z', 'z1', 1), version('Z', 'Z1', 1)];
    expect(ids(mergeVersions(rows, []))).toEqual(['Z1', 'z1', 'e1']);
    const tie = [version('k', 'first', 5), version('k', 'second', 5)];
    expect(ids(mergeVersions(tie, []))).toEqual(['first', 'second']);
    const latestTie = [version('k', 'x', 5), version('k', 'latest', 5, { isLatest: true })];
    expect(ids(mergeVersions(latestTie, []))).toEqual(['latest', 'x']);
  });
});
