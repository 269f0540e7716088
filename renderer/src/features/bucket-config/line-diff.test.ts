import { describe, expect, it } from 'vitest';
import { hasChanges, lineDiff } from './line-diff.js';

describe('lineDiff', () => {
  it('keeps common lines and marks the rest', () => {
    expect(lineDiff('a\nb\nc', 'a\nx\nc')).toEqual([
      { kind: 'same', text: 'a' },
      { kind: 'removed', text: 'b' },
      { kind: 'added', text: 'x' },
      { kind: 'same', text: 'c' },
    ]);
  });

  it('shows everything as added when there was nothing', () => {
    expect(lineDiff('', 'a\nb')).toEqual([
      { kind: 'added', text: 'a' },
      { kind: 'added', text: 'b' },
    ]);
  });

  it('shows everything as removed when nothing remains', () => {
    expect(lineDiff('a', '').map((l) => l.kind)).toEqual(['removed']);
  });

  it('reports no change for equal texts', () => {
    expect(hasChanges(lineDiff('a\nb', 'a\nb'))).toBe(false);
    expect(hasChanges(lineDiff('a\nb', 'a\nb\nc'))).toBe(true);
  });
});
