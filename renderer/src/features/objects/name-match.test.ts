import { describe, expect, it } from 'vitest';
import { matchNames } from './name-match.js';

function packed(names: string[]): [string, number[]] {
  const ends: number[] = [];
  let end = 0;
  for (const n of names) ends.push((end += n.length));
  return [names.join(''), ends];
}

describe('matchNames', () => {
  it('finds names containing the needle, ignoring case', () => {
    const [s, ends] = packed(['Report.PDF', 'notes.txt', 'old-report.doc']);
    expect(matchNames(s, ends, 3, 'report')).toEqual([0, 2]);
  });

  it('never matches across two names', () => {
    const [s, ends] = packed(['ab', 'cd', 'bcd']);
    expect(matchNames(s, ends, 3, 'bc')).toEqual([2]);
  });

  it('lists a name once however often it matches', () => {
    const [s, ends] = packed(['aaaa', 'b']);
    expect(matchNames(s, ends, 2, 'a')).toEqual([0]);
  });

  it('copes with empty names and an empty needle', () => {
    const [s, ends] = packed(['', 'x', '']);
    expect(matchNames(s, ends, 3, 'x')).toEqual([1]);
    expect(matchNames(s, ends, 3, '')).toEqual([0, 1, 2]);
  });

  it('falls back to name by name when lower-casing changes lengths', () => {
    const [s, ends] = packed(['İstanbul', 'ankara']);
    expect(matchNames(s, ends, 2, 'ankara')).toEqual([1]);
  });
});
