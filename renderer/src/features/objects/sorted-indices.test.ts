import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compactPage } from './compact-page.js';
import { followRows } from './follow-rows.js';
import { ListingStore } from './listing-store.js';
import type { ListingView } from './listing-view.js';
import { nameCollator } from './name-order.js';
import { NaturalNames } from './natural-names.js';
import { SERVER_ORDER } from './sort-state.js';
import { SortedIndices } from './sorted-indices.js';
import { objectPage, objectRow } from './test-pages.js';
import { ViewDeriver } from './view-deriver.js';

const natural = nameCollator('natural', 'en')!;

function page(names: string[], folders: string[] = []) {
  return compactPage(
    objectPage(
      '',
      folders,
      names.map((k) => objectRow(k)),
    ),
    '',
  );
}

function names(view: ListingView): string[] {
  return Array.from({ length: view.length }, (_, i) => view.rowAt(i).name);
}

describe('memory of a sorted order', () => {
  it('keeps no index while natural order is the order S3 lists in (zero-padded names)', () => {
    const pages = Array.from({ length: 100 }, (_, p) =>
      page(
        Array.from({ length: 1000 }, (_, i) => `obj-${String(p * 1000 + i).padStart(7, '0')}.bin`),
        [`dir-${String(p).padStart(3, '0')}/`],
      ),
    );
    const snapshot = new ListingStore('').sync(pages);
    const order = new NaturalNames(natural);
    order.updateObjects(snapshot);
    order.updateFolders(snapshot);
    expect(order.objects.length).toBe(100_000);
    expect(order.objects.order).toBeNull();
    expect(order.folders.order).toBeNull();

    const view = new ViewDeriver().derive(snapshot, '', SERVER_ORDER, natural);
    expect(view.rowAt(0).name).toBe('dir-000/');
    expect(view.rowAt(100).name).toBe('obj-0000000.bin');
    expect(view.rowAt(100_099).name).toBe('obj-0099999.bin');
    expect(view.positionOf({ kind: 'object', index: 54_321 })).toBe(100 + 54_321);
  });

  it('writes the index at the first row out of place; earlier views and the focus follow', () => {
    const deriver = new ViewDeriver();
    const store = new ListingStore('');
    const pages = [page(['x1', 'x2']), page(['x3', 'x30']), page(['x4', 'x5'])];
    const early = deriver.derive(store.sync(pages.slice(0, 2)), '', SERVER_ORDER, natural);
    const late = deriver.derive(store.sync(pages), '', SERVER_ORDER, natural);
    expect(names(early)).toEqual(['x1', 'x2', 'x3', 'x30']);
    expect(names(late)).toEqual(['x1', 'x2', 'x3', 'x4', 'x5', 'x30']);
    const focused = { selected: new Set(['o:x30']), anchor: 3, active: 3 };
    expect(followRows(focused, early, late).active).toBe(5);
    const descending = deriver.derive(
      store.sync(pages),
      '',
      { column: 'name', direction: 'descending' },
      natural,
    );
    expect(names(descending)).toEqual(['x30', 'x5', 'x4', 'x3', 'x2', 'x1']);
    expect(descending.positionOf({ kind: 'object', index: 4 })).toBe(2);
  });

  it('an index grown page by page is about as long as it holds, not the next power of two', () => {
    const sorted = new SortedIndices();
    sorted.insert([1, 0], (a, b) => b - a);
    for (let p = 0; p < 100; p++) {
      sorted.append(Array.from({ length: 1000 }, (_, i) => 2 + p * 1000 + i));
    }
    expect(sorted.length).toBe(100_002);
    // Doubling would hold 131,072 (a million rows: 1,048,576, 4 MiB).
    expect(sorted.order!.length).toBeLessThanOrEqual(100_002 * 1.125 + 1024);
  });

  it('holds what a full sort gives when batches mostly land in order, then do not', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ size: fc.integer({ min: 0, max: 12 }), shuffle: fc.boolean() }), {
          maxLength: 10,
        }),
        fc.integer({ min: 0, max: 5 }),
        (batches, dip) => {
          // Values rise with the index except where a batch dips below what came before.
          const values: number[] = [];
          const compare = (a: number, b: number) => values[a]! - values[b]! || a - b;
          const sorted = new SortedIndices();
          for (const { size, shuffle } of batches) {
            const base = values.length - (shuffle ? dip : 0);
            const batch = Array.from({ length: size }, (_, i) => values.push(base + i) - 1);
            if (shuffle) batch.reverse();
            sorted.insert(batch, compare);
          }
          const whole = values.map((_, i) => i).sort(compare);
          expect(Array.from({ length: sorted.length }, (_, k) => sorted.at(k))).toEqual(whole);
          const order = sorted.order;
          if (order === null) expect(whole).toEqual(values.map((_, i) => i));
          else expect(Array.from(order.subarray(0, sorted.length))).toEqual(whole);
        },
      ),
      { numRuns: 500 },
    );
  });
});
