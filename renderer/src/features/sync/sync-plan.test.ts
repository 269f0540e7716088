import { describe, expect, it } from 'vitest';
import type { SyncDifference } from '../../../../shared/domain/sync.js';
import {
  confirmedDeletions,
  deletionCandidates,
  dryRunPlan,
  groupDifferences,
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
];

describe('sync plan', () => {
  it('groups every class in a fixed order, empty ones included', () => {
    expect(groupDifferences(found).map(([kind, list]) => [kind, list.length])).toEqual([
      ['onlyHere', 1],
      ['onlyThere', 2],
      ['newerHere', 1],
      ['newerThere', 0],
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
    expect(dryRunPlan(found, 'upload', [])).toEqual({ copies: ['a.txt', 'c.txt'], deletes: [] });
    expect(dryRunPlan(found, 'mirror-up', ['d.txt', 'a.txt'])).toEqual({
      copies: ['a.txt', 'c.txt'],
      deletes: ['d.txt'],
    });
    expect(dryRunPlan(found, 'mirror-down', ['a.txt'])).toEqual({
      copies: ['b.txt', 'c.txt', 'd.txt'],
      deletes: ['a.txt'],
    });
  });
});
