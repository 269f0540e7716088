import { describe, expect, it } from 'vitest';
import { compactPage } from './compact-page.js';
import type { CompactPage } from './compact-page.js';
import { ListingStore } from './listing-store.js';
import type { ListingView } from './listing-view.js';
import { ViewDeriver } from './view-deriver.js';
import { SERVER_ORDER, nextSort } from './sort-state.js';
import type { SortState } from './sort-state.js';
import { objectPage, objectRow } from './test-pages.js';

function names(view: ListingView): string[] {
  return Array.from({ length: view.length }, (_, i) => view.rowAt(i).name);
}

const pages: CompactPage[] = [
  compactPage(
    objectPage(
      'p/',
      ['p/b/'],
      [
        objectRow('p/apple.txt', 30, 'STANDARD', '2024-01-03T00:00:00Z'),
        objectRow('p/Banana.txt', 10, 'GLACIER', '2024-01-01T00:00:00Z'),
      ],
      't1',
    ),
    'p/',
  ),
  compactPage(
    objectPage(
      'p/',
      ['p/a/', 'p/b/'],
      [
        objectRow('p/cherry.bin', 20, null, null),
        objectRow('p/date.txt', 10, 'STANDARD', '2024-01-02T00:00:00Z'),
      ],
    ),
    'p/',
  ),
];

const bySize: SortState = { column: 'size', direction: 'ascending' };

describe('ListingStore', () => {
  it('lists folders first, once each, then objects in server order', () => {
    const store = new ListingStore('p/');
    const view = new ViewDeriver().derive(store.sync(pages), '', SERVER_ORDER);
    expect(names(view)).toEqual(['b/', 'a/', 'apple.txt', 'Banana.txt', 'cherry.bin', 'date.txt']);
    expect(view.folderCount).toBe(2);
    expect(view.rowAt(0)).toMatchObject({ kind: 'folder', prefix: 'p/b/', id: 'f:p/b/' });
    expect(view.rowAt(2)).toMatchObject({ kind: 'object', key: 'p/apple.txt', size: 30 });
    expect(view.idAt(4)).toBe('o:p/cherry.bin');
  });

  it('appends new pages and starts over when the pages were replaced', () => {
    const store = new ListingStore('p/');
    const first = store.sync(pages.slice(0, 1));
    const second = store.sync(pages);
    expect([first.objectCount, second.objectCount]).toEqual([2, 4]);
    expect(second.epoch).toBe(first.epoch);
    // Snapshots taken earlier keep their own counts.
    expect(first.folderCount).toBe(1);
    const refetched = store.sync([compactPage(objectPage('p/', [], [objectRow('p/z')]), 'p/')]);
    expect(refetched.epoch).not.toBe(first.epoch);
    expect(refetched.objectCount).toBe(1);
    expect(second.objectName(3)).toBe('date.txt');
  });
});

describe('ViewDeriver', () => {
  it('sorts objects by size with names breaking ties; folders stay first', () => {
    const view = new ViewDeriver().derive(new ListingStore('p/').sync(pages), '', bySize);
    expect(names(view)).toEqual(['b/', 'a/', 'Banana.txt', 'date.txt', 'cherry.bin', 'apple.txt']);
    const desc = new ViewDeriver().derive(new ListingStore('p/').sync(pages), '', {
      ...bySize,
      direction: 'descending',
    });
    expect(names(desc).slice(2)).toEqual(['apple.txt', 'cherry.bin', 'date.txt', 'Banana.txt']);
    expect(names(desc).slice(0, 2)).toEqual(['b/', 'a/']);
  });

  it('sorts by modified (unknown first) and by storage class (none first)', () => {
    const store = new ListingStore('p/');
    const modified = new ViewDeriver().derive(store.sync(pages), '', {
      column: 'modified',
      direction: 'ascending',
    });
    expect(names(modified).slice(2)).toEqual(['cherry.bin', 'Banana.txt', 'date.txt', 'apple.txt']);
    const classes = new ViewDeriver().derive(store.sync(pages), '', {
      column: 'storageClass',
      direction: 'ascending',
    });
    expect(names(classes).slice(2)).toEqual(['cherry.bin', 'Banana.txt', 'apple.txt', 'date.txt']);
  });

  it('names descending reads server order backwards, folders too', () => {
    const view = new ViewDeriver().derive(new ListingStore('p/').sync(pages), '', {
      column: 'name',
      direction: 'descending',
    });
    expect(names(view)).toEqual(['a/', 'b/', 'date.txt', 'cherry.bin', 'Banana.txt', 'apple.txt']);
  });

  it('filters folders and objects by name, ignoring case', () => {
    const view = new ViewDeriver().derive(new ListingStore('p/').sync(pages), ' AN ', SERVER_ORDER);
    expect(names(view)).toEqual(['Banana.txt']);
    const folders = new ViewDeriver().derive(new ListingStore('p/').sync(pages), 'a', SERVER_ORDER);
    expect(names(folders)).toEqual(['a/', 'apple.txt', 'Banana.txt', 'date.txt']);
    expect(folders.loadedCount).toBe(6);
  });

  it('growing page by page gives the same rows as deriving all at once', () => {
    const many: CompactPage[] = [];
    for (let p = 0; p < 5; p++) {
      const objects = Array.from({ length: 50 }, (_, i) =>
        objectRow(
          `k${String(p * 50 + i).padStart(4, '0')}`,
          (p * 50 + i) % 7,
          ['STANDARD', 'GLACIER', 'ONEZONE_IA'][(i + p) % 3]!.slice(0, p === 0 ? 8 : 20),
          `2024-01-0${1 + ((i * 3) % 9)}T00:00:00Z`,
        ),
      );
      many.push(compactPage(objectPage('', [`f${p}/`], objects), ''));
    }
    const sorts: SortState[] = [
      SERVER_ORDER,
      nextSort(SERVER_ORDER, 'name'),
      bySize,
      nextSort(bySize, 'size'),
      { column: 'modified', direction: 'ascending' },
      { column: 'storageClass', direction: 'descending' },
    ];
    for (const sort of sorts) {
      for (const filter of ['', '1', 'f']) {
        const incremental = new ViewDeriver();
        const store = new ListingStore('');
        let view: ListingView | undefined;
        for (let n = 1; n <= many.length; n++) {
          view = incremental.derive(store.sync(many.slice(0, n)), filter, sort);
        }
        const whole = new ViewDeriver().derive(new ListingStore('').sync(many), filter, sort);
        expect(names(view!), `${sort.column} ${sort.direction} "${filter}"`).toEqual(names(whole));
      }
    }
  });
});

describe('nextSort', () => {
  it('starts a new column ascending and flips the same one', () => {
    expect(nextSort(SERVER_ORDER, 'size')).toEqual({ column: 'size', direction: 'ascending' });
    expect(nextSort(bySize, 'size')).toEqual({ column: 'size', direction: 'descending' });
    expect(nextSort(SERVER_ORDER, 'name').direction).toBe('descending');
  });
});
