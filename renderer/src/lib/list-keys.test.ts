import { describe, expect, it } from 'vitest';
import { listKeyMove } from './list-keys.js';

describe('listKeyMove', () => {
  it('steps and clamps at both ends', () => {
    expect(listKeyMove('ArrowDown', 0, 3)).toBe(1);
    expect(listKeyMove('ArrowDown', 2, 3)).toBe(2);
    expect(listKeyMove('ArrowUp', 0, 3)).toBe(0);
  });

  it('pages by ten and jumps to the ends', () => {
    expect(listKeyMove('PageDown', 0, 50)).toBe(10);
    expect(listKeyMove('PageUp', 5, 50)).toBe(0);
    expect(listKeyMove('Home', 20, 50)).toBe(0);
    expect(listKeyMove('End', 0, 50)).toBe(49);
  });

  it('pages by the rows a screen shows when told', () => {
    expect(listKeyMove('PageDown', 0, 50, 25)).toBe(25);
    expect(listKeyMove('PageUp', 30, 50, 25)).toBe(5);
  });

  it('ignores other keys and empty lists', () => {
    expect(listKeyMove('a', 0, 3)).toBeUndefined();
    expect(listKeyMove('ArrowDown', 0, 0)).toBeUndefined();
  });
});
