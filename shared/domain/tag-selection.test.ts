import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  mergedTagProblem,
  mergeTags,
  sameEverywhere,
  sameTagSet,
  surveyTagSets,
  tagChangesSchema,
} from './tag-selection.js';
import type { TagChanges } from './tag-selection.js';
import type { Tag } from './tags.js';

const t = (key: string, value = ''): Tag => ({ key, value });

describe('mergeTags', () => {
  it('replaces values in place, appends new keys, drops removed ones, keeps the rest', () => {
    const current = [t('team', 'storage'), t('old', 'x'), t('own', 'a')];
    const changes: TagChanges = {
      set: [t('project', 'holdall'), t('team', 'web')],
      remove: ['old'],
    };
    expect(mergeTags(current, changes)).toEqual([
      t('team', 'web'),
      t('own', 'a'),
      t('project', 'holdall'),
    ]);
  });

  it('removing a key the object lacks changes nothing', () => {
    const current = [t('a', '1')];
    const merged = mergeTags(current, { set: [], remove: ['b'] });
    expect(sameTagSet(current, merged)).toBe(true);
  });

  it('holds for any tag sets: set keys carry their new values, removed keys are gone, others stay', () => {
    const key = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f');
    const tags = fc.uniqueArray(fc.record({ key, value: fc.string({ maxLength: 3 }) }), {
      selector: (tag) => tag.key,
    });
    fc.assert(
      fc.property(tags, tags, fc.uniqueArray(key), (current, set, removeAll) => {
        const remove = removeAll.filter((k) => !set.some((tag) => tag.key === k));
        const merged = mergeTags(current, { set, remove });
        for (const tag of set) expect(merged).toContainEqual(tag);
        for (const k of remove) expect(merged.some((tag) => tag.key === k)).toBe(false);
        for (const tag of current) {
          if (!remove.includes(tag.key) && !set.some((s) => s.key === tag.key)) {
            expect(merged).toContainEqual(tag);
          }
        }
        expect(new Set(merged.map((tag) => tag.key)).size).toBe(merged.length);
      }),
    );
  });
});

describe('surveyTagSets', () => {
  it('counts each key once per object, sorts keys and values, and caps the values listed', () => {
    const rows = surveyTagSets([
      [t('x', '1'), t('team', 'a')],
      [t('team', 'a')],
      ...['2', '3', '4', '5', '6'].map((value) => [t('x', value)]),
    ]);
    expect(rows).toEqual([
      { key: 'team', objects: 2, values: ['a'], moreValues: false },
      { key: 'x', objects: 6, values: ['1', '2', '3', '4', '5'], moreValues: true },
    ]);
    expect(sameEverywhere(rows[0]!, 2)).toBe(true);
    expect(sameEverywhere(rows[0]!, 7)).toBe(false);
    expect(sameEverywhere(rows[1]!, 6)).toBe(false);
    expect(surveyTagSets([[], []])).toEqual([]);
  });
});

describe('sameTagSet', () => {
  it('compares tag sets in any order', () => {
    expect(sameTagSet([t('a', '1'), t('b', '2')], [t('b', '2'), t('a', '1')])).toBe(true);
    expect(sameTagSet([t('a', '1')], [t('a', '2')])).toBe(false);
    expect(sameTagSet([t('a', '1')], [t('a', '1'), t('b')])).toBe(false);
  });
});

describe("an object's merged tags are held to S3's limits before sending", () => {
  it('names a set over 10 tags by its size, and a stored aws: key by its key', () => {
    const eleven = Array.from({ length: 11 }, (_, i) => t(`k${i}`));
    expect(mergedTagProblem(eleven)).toBe('would have 11 tags; S3 allows at most 10');
    expect(mergedTagProblem([t('aws:cloudformation:stack', 's')])).toBe(
      'tag "aws:cloudformation:stack" must not start with "aws:"',
    );
    expect(mergedTagProblem(eleven.slice(0, 10))).toBeUndefined();
  });
});

describe('tagChangesSchema', () => {
  const issues = (value: unknown) => {
    const parsed = tagChangesSchema.safeParse(value);
    return parsed.success
      ? {}
      : Object.fromEntries(parsed.error.issues.map((i) => [i.path.join('.'), i.message]));
  };

  it('takes adds and removes within the limits', () => {
    expect(issues({ set: [t('a', '1')], remove: ['b'] })).toEqual({});
    expect(issues({ set: [], remove: ['b'] })).toEqual({});
  });

  it('refuses nothing to do, a key set twice, a key both set and removed, and S3-invalid tags', () => {
    expect(issues({ set: [], remove: [] })).toEqual({ '': 'changes nothing' });
    expect(issues({ set: [t('a'), t('a')], remove: [] })).toEqual({
      'set.1.key': 'is already used',
    });
    expect(issues({ set: [t('a')], remove: ['a'] })).toEqual({
      'set.0.key': 'is also to be removed',
    });
    expect(issues({ set: [t('aws:x')], remove: [] })).toEqual({
      'set.0.key': 'must not start with "aws:"',
    });
    expect(issues({ set: Array.from({ length: 11 }, (_, i) => t(`k${i}`)), remove: [] })).toEqual({
      set: 'at most 10 tags',
    });
  });
});
