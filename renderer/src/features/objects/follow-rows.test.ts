import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compactPage } from './compact-page.js';
import { followRows } from './follow-rows.js';
import { ListingStore } from './listing-store.js';
import { nameCollator } from './name-order.js';
import type { SortState } from './sort-state.js';
import { SERVER_ORDER } from './sort-state.js';
import { objectPage, objectRow } from './test-pages.js';
import { ViewDeriver } from './view-deriver.js';

const natural = nameCollator('natural', 'en')!;

// Two pages in S3's byte order: "f10" comes before "f2" there, after it naturally.
const first = compactPage(
  objectPage(
    '',
    ['d1/', 'd10/'],
    ['f1', 'f10', 'f11'].map((k) => objectRow(k, 3)),
  ),
  '',
);
const second = compactPage(
  objectPage(
    '',
    ['d2/'],
    ['f2', 'f3', 'f30'].map((k, i) => objectRow(k, i)),
  ),
  '',
);

function views(sort: SortState, filter = '') {
  const deriver = new ViewDeriver();
  const store = new ListingStore('');
  const before = deriver.derive(store.sync([first]), filter, sort, natural);
  const after = deriver.derive(store.sync([first, second]), filter, sort, natural);
  return { before, after, deriver, store };
}

describe('followRows', () => {
  it('keeps the focus and the anchor on their rows when a page lands between them', () => {
    const { before, after } = views(SERVER_ORDER);
    const at = (name: string, view: typeof before) =>
      Array.from({ length: view.length }, (_, i) => view.rowAt(i).name).indexOf(name);
    const state = {
      selected: new Set(['o:f10']),
      anchor: at('d10/', before),
      active: at('f10', before),
    };
    const followed = followRows(state, before, after);
    expect(after.rowAt(followed.active).name).toBe('f10');
    expect(after.rowAt(followed.anchor).name).toBe('d10/');
    expect(followed.active).not.toBe(state.active);
    expect(followed.selected).toBe(state.selected);
  });

  it('leaves the focus where it is after a new sort or filter, and for rows gone', () => {
    const { before, deriver, store } = views(SERVER_ORDER);
    const state = { selected: new Set<string>(), anchor: 4, active: 4 };
    const resorted = deriver.derive(
      store.sync([first, second]),
      '',
      { column: 'size', direction: 'ascending' },
      natural,
    );
    expect(followRows(state, before, resorted)).toBe(state);
    expect(followRows(state, before, before)).toBe(state);
    const { before: filtered, after: filteredAfter } = views(SERVER_ORDER, '1');
    // Nothing moved before the focus: the same state comes back.
    const top = { selected: new Set<string>(), anchor: 0, active: 0 };
    expect(followRows(top, filtered, filteredAfter)).toBe(top);
  });

  it('finds every row of the earlier view in the later one, in any order', () => {
    const sorts: SortState[] = [
      SERVER_ORDER,
      { column: 'name', direction: 'descending' },
      { column: 'size', direction: 'ascending' },
      { column: 'size', direction: 'descending' },
    ];
    fc.assert(
      fc.property(fc.constantFrom(...sorts), fc.constantFrom('', '1', 'd'), (sort, filter) => {
        const { before, after } = views(sort, filter);
        for (let i = 0; i < before.length; i++) {
          expect(after.idAt(after.positionOf(before.refAt(i)))).toBe(before.idAt(i));
        }
      }),
    );
  });
});
