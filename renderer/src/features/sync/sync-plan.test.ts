import { describe, expect, it } from 'vitest';
import type { SyncDifference } from '../../../../shared/domain/sync.js';
import {
  confirmedDeletions,
  deletionCandidates,
  dryRunPlan,
  groupDifferences,
  newerOnWritten,
} from './sync-plan.js';

const side = { size: 1, modified: null };
const diff = (path: string, difference: SyncDifference['difference']): SyncDifference => ({
  path,
  difference,
  by: 'presence',
  local: difference === 'onlyThere' ? null : side,
  remote: difference === 'onlyHere' ? null : side,
});
const found = [
  diff('a.txt', 'onlyHere'),
  diff('b.txt', 'onlyThere'),
  diff('c.txt', 'newerHere'),
  diff('d.txt', 'onlyThere'),
  diff('e.txt', 'newerThere'),
];

describe('sync plan', () => {
  it('groups every class in a fixed order, empty ones included', () => {
    expect(groupDifferences(found).map(([kind, list]) => [kind, list.length])).toEqual([
      ['onlyHere', 1],
      ['onlyThere', 2],
      ['newerHere', 1],
      ['newerThere', 1],
    ]);
  });

  it('offers deletions only to a mirror, from the side it writes', () => {
    expect(deletionCandidates(found, 'upload')).toEqual([]);
    expect(deletionCandidates(found, 'download')).toEqual([]);
    expect(deletionCandidates(found, 'mirror-up')).toEqual(['b.txt', 'd.txt']);
    expect(deletionCandidates(found, 'mirror-down')).toEqual(['a.txt']);
  });

  it('confirms only ticked paths that are still candidates', () => {
    expect(confirmedDeletions(['b.txt', 'd.txt'], new Set(['d.txt', 'a.txt']))).toEqual(['d.txt']);
  });

  it('tells what a dry run would copy and delete: only confirmed paths still on the written side', () => {
    expect(dryRunPlan(found, 'upload', [], false)).toEqual({
      copies: ['a.txt', 'c.txt'],
      deletes: [],
      newer: ['e.txt'],
    });
    expect(dryRunPlan(found, 'mirror-up', ['d.txt', 'a.txt'], false)).toEqual({
      copies: ['a.txt', 'c.txt'],
      deletes: ['d.txt'],
      newer: ['e.txt'],
    });
    expect(dryRunPlan(found, 'mirror-down', ['a.txt'], false)).toEqual({
      copies: ['b.txt', 'd.txt', 'e.txt'],
      deletes: ['a.txt'],
      newer: ['c.txt'],
    });
  });

  it('keeps what is newer on the written side unless told to replace it', () => {
    expect(newerOnWritten(found, 'upload')).toEqual(['e.txt']);
    expect(newerOnWritten(found, 'mirror-up')).toEqual(['e.txt']);
    expect(newerOnWritten(found, 'download')).toEqual(['c.txt']);
    expect(newerOnWritten(found, 'mirror-down')).toEqual(['c.txt']);
    expect(dryRunPlan(found, 'upload', [], true).copies).toEqual(['a.txt', 'c.txt', 'e.txt']);
    expect(dryRunPlan(found, 'download', [], true).copies).toEqual([
      'b.txt',
      'c.txt',
      'd.txt',
      'e.txt',
    ]);
  });
});
