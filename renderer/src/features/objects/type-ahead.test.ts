import { describe, expect, it } from 'vitest';
import { TYPE_AHEAD_PAUSE_MS, TypeAhead, findByPrefix } from './type-ahead.js';
import type { NamedRows } from './type-ahead.js';

function rows(...names: string[]): NamedRows {
  return { length: names.length, nameAt: (i) => names[i]! };
}

describe('findByPrefix', () => {
  const list = rows('alpha/', 'Beta/', 'book.txt', 'bar.txt', '数据.csv');

  it('finds the next row starting with the text, ignoring case, wrapping round', () => {
    expect(findByPrefix(list, 0, 'b')).toBe(1);
    expect(findByPrefix(list, 2, 'B')).toBe(2);
    expect(findByPrefix(list, 4, 'b')).toBe(1);
    expect(findByPrefix(list, 0, 'bo')).toBe(2);
    expect(findByPrefix(list, 0, '数')).toBe(4);
  });

  it('finds nothing for text no name starts with, or no rows', () => {
    expect(findByPrefix(list, 0, 'z')).toBe(-1);
    expect(findByPrefix(list, 0, '')).toBe(-1);
    expect(findByPrefix(rows(), 0, 'a')).toBe(-1);
  });
});

describe('TypeAhead', () => {
  const list = rows('alpha/', 'bar.txt', 'book.txt', 'box.txt', 'cat.txt');

  function typing() {
    let time = 1_000;
    const search = new TypeAhead(() => time);
    return { search, wait: (ms: number) => (time += ms) };
  }

  it('refines the search while letters come quickly', () => {
    const { search, wait } = typing();
    expect(search.type('b', list, 0)).toBe(1);
    wait(100);
    expect(search.type('o', list, 1)).toBe(2);
    wait(100);
    expect(search.type('x', list, 2)).toBe(3);
    expect(search.active).toBe(true);
  });

  it('starts afresh after a pause', () => {
    const { search, wait } = typing();
    expect(search.type('b', list, 0)).toBe(1);
    wait(TYPE_AHEAD_PAUSE_MS + 1);
    expect(search.active).toBe(false);
    expect(search.type('c', list, 1)).toBe(4);
  });

  it('cycles through the rows starting with a letter typed again', () => {
    const { search, wait } = typing();
    expect(search.type('b', list, 0)).toBe(1);
    wait(50);
    expect(search.type('b', list, 1)).toBe(2);
    wait(50);
    expect(search.type('b', list, 2)).toBe(3);
    wait(50);
    expect(search.type('b', list, 3)).toBe(1);
  });

  it('takes single characters without Ctrl, Cmd or Alt as letters', () => {
    const key = (
      k: string,
      mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey', boolean>> = {},
    ) => TypeAhead.isSearchKey({ key: k, ctrlKey: false, metaKey: false, altKey: false, ...mods });
    expect(key('a')).toBe(true);
    expect(key('文')).toBe(true);
    expect(key('😀')).toBe(true);
    expect(key('Enter')).toBe(false);
    expect(key('ArrowDown')).toBe(false);
    expect(key('a', { ctrlKey: true })).toBe(false);
    expect(key('a', { metaKey: true })).toBe(false);
    expect(key('a', { altKey: true })).toBe(false);
  });
});
