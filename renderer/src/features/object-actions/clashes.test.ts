import { describe, expect, it } from 'vitest';
import { ClashFinder, withoutClashingObjects } from './clashes.js';
import type { PlannedItem } from './destinations.js';

const object = (name: string): PlannedItem => ({
  kind: 'object',
  source: `src/${name}`,
  target: `dst/${name}`,
});
const folder = (name: string): PlannedItem => ({
  kind: 'folder',
  source: `src/${name}/`,
  target: `dst/${name}/`,
});
const row = (key: string) => ({ key });

describe('ClashFinder', () => {
  it('finds objects whose key and folders whose prefix the destination lists', () => {
    const finder = new ClashFinder([object('a.txt'), object('b.txt'), folder('pics')]);
    finder.add({ folders: ['dst/pics/', 'dst/other/'], objects: [row('dst/a.txt')] });
    expect(finder.found).toEqual([folder('pics'), object('a.txt')]);
    expect(finder.done).toBe(false);
  });

  it('collects clashes across pages and is done once every target was seen', () => {
    const finder = new ClashFinder([object('a.txt'), object('z.txt')]);
    finder.add({ folders: [], objects: [row('dst/a.txt'), row('dst/m.txt')] });
    expect(finder.done).toBe(false);
    finder.add({ folders: [], objects: [row('dst/z.txt')] });
    expect(finder.done).toBe(true);
    expect(finder.found.map((item) => item.target)).toEqual(['dst/a.txt', 'dst/z.txt']);
  });

  it('does not take an object for a folder of the same name, nor the other way round', () => {
    const finder = new ClashFinder([object('x'), folder('y')]);
    finder.add({ folders: ['dst/x/'], objects: [row('dst/y')] });
    expect(finder.found).toEqual([]);
  });

  it('counts a target once even when listed twice', () => {
    const finder = new ClashFinder([object('a.txt')]);
    finder.add({ folders: [], objects: [row('dst/a.txt')] });
    finder.add({ folders: [], objects: [row('dst/a.txt')] });
    expect(finder.found).toHaveLength(1);
  });
});

describe('withoutClashingObjects', () => {
  it('leaves out the objects that exist and keeps folders, which merge', () => {
    const items = [object('a.txt'), object('b.txt'), folder('pics')];
    expect(withoutClashingObjects(items, [object('a.txt'), folder('pics')])).toEqual([
      object('b.txt'),
      folder('pics'),
    ]);
  });
});
