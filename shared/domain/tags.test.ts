import { describe, expect, it } from 'vitest';
import { bucketTagsSchema, objectTagSetSchema } from './tags.js';

/** The first problem per dotted path, as the editors show them. */
function problems(result: {
  success: boolean;
  error?: { issues: readonly { path: PropertyKey[]; message: string }[] };
}) {
  return Object.fromEntries(
    (result.error?.issues ?? []).map((issue) => [issue.path.map(String).join('.'), issue.message]),
  );
}

const tags = (n: number) => Array.from({ length: n }, (_, i) => ({ key: `k${i}`, value: 'v' }));

describe("tag sets follow S3's limits", () => {
  it('takes up to 10 tags on an object and up to 50 on a bucket, not one more', () => {
    expect(objectTagSetSchema.safeParse(tags(10)).success).toBe(true);
    expect(problems(objectTagSetSchema.safeParse(tags(11)))).toEqual({ '': 'at most 10 tags' });
    expect(bucketTagsSchema.safeParse({ tags: tags(50) }).success).toBe(true);
    expect(problems(bucketTagsSchema.safeParse({ tags: tags(51) }))).toEqual({
      tags: 'at most 50 tags',
    });
  });

  it('takes an empty object tag set (no tags) but not an empty bucket tag set', () => {
    expect(objectTagSetSchema.safeParse([]).success).toBe(true);
    expect(problems(bucketTagsSchema.safeParse({ tags: [] }))).toEqual({
      tags: 'needs at least one tag (delete the tag set to remove all)',
    });
  });

  it('counts characters, not UTF-16 units: 128 for a key, 256 for a value, empty values allowed', () => {
    const emoji = '😀';
    expect(objectTagSetSchema.safeParse([{ key: emoji.repeat(128), value: '' }]).success).toBe(
      true,
    );
    expect(
      problems(objectTagSetSchema.safeParse([{ key: 'k'.repeat(129), value: emoji.repeat(256) }])),
    ).toEqual({ '0.key': 'must be at most 128 characters' });
    expect(problems(objectTagSetSchema.safeParse([{ key: 'k', value: 'v'.repeat(257) }]))).toEqual({
      '0.value': 'must be at most 256 characters',
    });
  });

  it('refuses an empty key, the reserved aws: prefix in any case, and a repeated key on the repeat', () => {
    expect(problems(objectTagSetSchema.safeParse([{ key: '', value: 'v' }]))).toEqual({
      '0.key': 'must not be empty',
    });
    expect(problems(objectTagSetSchema.safeParse([{ key: 'AWS:team', value: 'v' }]))).toEqual({
      '0.key': 'must not start with "aws:"',
    });
    expect(
      problems(
        objectTagSetSchema.safeParse([
          { key: 'a', value: '1' },
          { key: 'b', value: '2' },
          { key: 'a', value: '3' },
        ]),
      ),
    ).toEqual({ '2.key': 'is already used' });
    // Keys differing only in case are different keys, as S3 stores them.
    expect(
      objectTagSetSchema.safeParse([
        { key: 'Team', value: '1' },
        { key: 'team', value: '2' },
      ]).success,
    ).toBe(true);
  });
});
