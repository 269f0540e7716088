import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compactPage } from './compact-page.js';
import type { CompactPage } from './compact-page.js';
import { ListingStore } from './listing-store.js';
import type { ListingView } from './listing-view.js';
import { ViewDeriver } from './view-deriver.js';
import { nameCollator } from './name-order.js';
import type { NameCollator } from './name-order.js';
import type { SortState } from './sort-state.js';
import { SERVER_ORDER } from './sort-state.js';
import { SortedIndices } from './sorted-indices.js';
import { objectPage, objectRow } from './test-pages.js';

const natural = nameCollator('natural', 'en')!;

function names(view: ListingView): string[] {
  return Array.from({ length: view.length }, (_, i) => view.rowAt(i).name);
}

/** S3's order: UTF-8 bytes, which is code point order (not UTF-16 unit order). */
function byteCompare(a: string, b: string): number {
  const x = [...a].map((c) => c.codePointAt(0)!);
  const y = [...b].map((c) => c.codePointAt(0)!);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (x[i] !== y[i]) return x[i]! - y[i]!;
  }
  return x.length - y.length;
}

/** Pages as the server sends them: names in byte order, cut into pages of `size`. */
function serverPages(objects: string[], folders: string[], size: number): CompactPage[] {
  const keys = [...new Set(objects)].sort(byteCompare);
  const prefixes = [...new Set(folders)].sort(byteCompare).map((f) => `${f}/`);
  const pages: CompactPage[] = [];
  for (let at = 0; at === 0 || at < keys.length; at += size) {
    const rows = keys.slice(at, at + size).map((k, i) => objectRow(k, (at + i) % 5));
    // Each folder arrives with the page where its name falls, as S3 interleaves them.
    const last = keys[at + size - 1];
    const first = at === 0 ? undefined : keys[at - 1];
    const inPage = prefixes.filter(
      (f) =>
        (first === undefined || byteCompare(f, first) > 0) &&
        (last === undefined || at + size >= keys.length || byteCompare(f, last) <= 0),
    );
    pages.push(compactPage(objectPage('', inPage, rows), ''));
  }
  return pages;
}

function deriveGrowing(pages: CompactPage[], filter: string, sort: SortState, c: NameCollator) {
  const deriver = new ViewDeriver();
  const store = new ListingStore('');
  let view = deriver.derive(store.sync([]), filter, sort, c);
  for (let n = 1; n <= pages.length; n++)
    view = deriver.derive(store.sync(pages.slice(0, n)), filter, sort, c);
  return view;
}

describe('natural name order', () => {
  const keys = ['img1', 'img2', 'img10', 'Img3', '_x', '中文', 'b', 'B', 'a.txt', 'A.txt'];

  it('reads numbers as numbers and ignores case; byte order breaks ties', () => {
    const pages = serverPages(keys, ['photos10', 'photos9', 'Photos8'], 1000);
    const view = new ViewDeriver().derive(
      new ListingStore('').sync(pages),
      '',
      SERVER_ORDER,
      natural,
    );
    expect(names(view)).toEqual([
      'Photos8/',
      'photos9/',
      'photos10/',
      '_x',
      'A.txt',
      'a.txt',
      'B',
      'b',
      'img1',
      'img2',
      'Img3',
      'img10',
      '中文',
    ]);
  });

  it('byte order is the server order, untouched', () => {
    const pages = serverPages(keys, [], 1000);
    const view = new ViewDeriver().derive(new ListingStore('').sync(pages), '', SERVER_ORDER, null);
    expect(names(view)).toEqual([...keys].sort(byteCompare));
    expect(names(view).slice(0, 3)).toEqual(['A.txt', 'B', 'Img3']);
  });

  it('descending reads natural order backwards, folders too', () => {
    const pages = serverPages(['f2', 'f10', 'F1'], ['d2', 'd10'], 1000);
    const view = new ViewDeriver().derive(
      new ListingStore('').sync(pages),
      '',
      { column: 'name', direction: 'descending' },
      natural,
    );
    expect(names(view)).toEqual(['d10/', 'd2/', 'f10', 'f2', 'F1']);
  });

  it('a new language or byte order starts the view over in that order', () => {
    const deriver = new ViewDeriver();
    const snapshot = new ListingStore('').sync(serverPages(['x10', 'x9'], [], 1000));
    expect(names(deriver.derive(snapshot, '', SERVER_ORDER, natural))).toEqual(['x9', 'x10']);
    expect(names(deriver.derive(snapshot, '', SERVER_ORDER, null))).toEqual(['x10', 'x9']);
    const zh = nameCollator('natural', 'zh-CN');
    expect(names(deriver.derive(snapshot, '', SERVER_ORDER, zh))).toEqual(['x9', 'x10']);
  });
});

describe('SortedIndices', () => {
  it('holds every batch in the order a full sort gives', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 30 }), { maxLength: 8 }),
        (batches) => {
          const values: number[] = [];
          const compare = (a: number, b: number) => values[a]! - values[b]! || a - b;
          const sorted = new SortedIndices();
          for (const batch of batches) {
            const indices = batch.map((v) => values.push(v) - 1);
            sorted.insert(indices, compare);
          }
          const whole = values.map((_, i) => i).sort(compare);
          expect(Array.from({ length: sorted.length }, (_, k) => sorted.at(k))).toEqual(whole);
        },
      ),
    );
  });
});

const nameArb = fc
  .array(fc.constantFrom('a', 'B', 'b', '1', '2', '10', '0', '_', '-', 'é', '中', '😀'), {
    minLength: 1,
    maxLength: 5,
  })
  .map((parts) => parts.join(''));

describe('ViewDeriver in natural order', () => {
  it('growing page by page gives what a plain full sort of the loaded rows gives', () => {
    const sorts: SortState[] = [
      SERVER_ORDER,
      { column: 'name', direction: 'descending' },
      { column: 'size', direction: 'ascending' },
    ];
    fc.assert(
      fc.property(
        fc.array(nameArb, { maxLength: 40 }),
        fc.array(nameArb, { maxLength: 6 }),
        fc.integer({ min: 1, max: 9 }),
        fc.constantFrom('', 'b', '1', '中'),
        fc.constantFrom(...sorts),
        (objects, folders, size, filter, sort) => {
          const pages = serverPages(objects, folders, size);
          const view = deriveGrowing(pages, filter, sort, natural);
          const all = new ListingStore('').sync(pages);
          const order = (a: string, b: string) => natural.compare(a, b) || byteCompare(a, b);
          const rows = Array.from({ length: all.objectCount }, (_, i) => all.objectAt(i)).filter(
            (row) => row.name.toLowerCase().includes(filter),
          );
          if (sort.column === 'size') rows.sort((a, b) => a.size - b.size);
          else rows.sort((a, b) => order(a.name, b.name));
          const reversed = sort.direction === 'descending';
          const folderNames = all.folders
            .filter((f) => f.toLowerCase().includes(filter))
            .sort(order);
          const expected = [
            ...(reversed ? folderNames.reverse() : folderNames),
            ...(reversed ? rows.reverse() : rows).map((row) => row.name),
          ];
          // Size ties stay in server order; compare sizes there, names elsewhere.
          if (sort.column === 'size') {
            const sizes = (v: ListingView) =>
              Array.from({ length: v.length }, (_, i) => v.rowAt(i)).map((r) =>
                r.kind === 'folder' ? r.name : r.size,
              );
            expect(sizes(view)).toEqual([...folderNames, ...rows.map((r) => r.size)]);
            expect(new Set(names(view))).toEqual(new Set(expected));
          } else {
            expect(names(view)).toEqual(expected);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('merges each page of a 100,000-name folder without sorting the loaded rows again', () => {
    let calls = 0;
    const counting: NameCollator = {
      compare: (a, b) => {
        calls++;
        return natural.compare(a, b);
      },
    };
    const PAGES = 100;
    const PAGE = 1000;
    // Numbers without padding: byte order and natural order disagree all through the folder.
    const keys = Array.from({ length: PAGES * PAGE }, (_, i) => `photo${i}.jpg`).sort(byteCompare);
    const pages = Array.from({ length: PAGES }, (_, p) =>
      compactPage(
        objectPage(
          '',
          [],
          keys.slice(p * PAGE, (p + 1) * PAGE).map((k) => objectRow(k)),
        ),
        '',
      ),
    );
    const deriver = new ViewDeriver();
    const store = new ListingStore('');
    let view: ListingView | undefined;
    for (let n = 1; n <= PAGES; n++) {
      view = deriver.derive(store.sync(pages.slice(0, n)), '', SERVER_ORDER, counting);
    }
    expect(view!.rowAt(0).name).toBe('photo0.jpg');
    expect(view!.rowAt(9)).toMatchObject({ name: 'photo9.jpg' });
    expect(view!.rowAt(10)).toMatchObject({ name: 'photo10.jpg' });
    expect(view!.rowAt(PAGES * PAGE - 1)).toMatchObject({ name: 'photo99999.jpg' });
    // Per page: sort the page (m·log m) and find each row's place (m·log n), about 27,000.
    // Sorting everything loaded again on each page takes at least one pass over it each time:
    // over 5 million, and some 75 million for names in no useful order.
    const perPage = PAGE * (Math.log2(PAGE) + Math.log2(PAGES * PAGE) + 2);
    expect(calls).toBeLessThan(PAGES * perPage);
    // A filter walks the natural order it has: no comparison at all.
    calls = 0;
    const filtered = deriver.derive(store.sync(pages), '99', SERVER_ORDER, counting);
    expect(calls).toBe(0);
    expect(filtered.rowAt(0).name).toBe('photo99.jpg');
  });
});
