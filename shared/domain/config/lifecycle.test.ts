import { describe, expect, it } from 'vitest';
import { isMidnightUtc, lifecycleConfigSchema, lifecycleFilterToS3 } from './lifecycle.js';
import type { LifecycleRule } from './lifecycle.js';
import { lifecycleLimits, lifecycleViolations } from './lifecycle-limits.js';

/** The first problem per dotted path, as the editors show them. */
function problems(value: unknown): Record<string, string> {
  const result = lifecycleConfigSchema.safeParse(value);
  return Object.fromEntries(
    (result.error?.issues ?? []).map((issue) => [issue.path.map(String).join('.'), issue.message]),
  );
}

const rule = (change: Partial<LifecycleRule> = {}): LifecycleRule => ({
  id: 'r',
  status: 'Enabled',
  prefix: '',
  tags: [],
  transitions: [],
  noncurrentTransitions: [],
  expiration: { days: 30 },
  ...change,
});

describe("lifecycle rules follow S3's documented limits", () => {
  it('takes 1 to 1,000 rules with unique IDs of at most 255 characters', () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => rule({ id: `r${i}` }));
    expect(problems({ rules: many(1000) })).toEqual({});
    expect(problems({ rules: many(1001) })).toEqual({ rules: 'at most 1,000 rules' });
    expect(problems({ rules: [] })).toEqual({
      rules: 'needs at least one rule (delete the configuration to remove all)',
    });
    expect(problems({ rules: [rule({ id: 'x'.repeat(255) })] })).toEqual({});
    expect(problems({ rules: [rule({ id: 'x'.repeat(256) })] })).toEqual({
      'rules.0.id': 'must be at most 255 characters',
    });
    expect(problems({ rules: [rule({ id: 'a' }), rule({ id: 'a' })] })).toEqual({
      'rules.1.id': '"a" is used by another rule',
    });
    expect(problems({ rules: [rule({ id: ' ' })] })).toEqual({ 'rules.0.id': 'is required' });
  });

  it('needs at least one action in each rule', () => {
    expect(problems({ rules: [rule({ expiration: undefined })] })).toEqual({
      'rules.0': 'needs at least one action',
    });
    for (const action of [
      { abortIncompleteMultipartUpload: { daysAfterInitiation: 7 } },
      { noncurrentExpiration: { noncurrentDays: 7 } },
      { transitions: [{ days: 0, storageClass: 'GLACIER' }] },
      { noncurrentTransitions: [{ noncurrentDays: 1, storageClass: 'GLACIER' }] },
    ]) {
      expect(problems({ rules: [rule({ expiration: undefined, ...action })] })).toEqual({});
    }
  });

  it('holds days to whole numbers of at least 1 (transitions may start at 0)', () => {
    expect(problems({ rules: [rule({ expiration: { days: 0 } })] })).toEqual({
      'rules.0.expiration.days': 'must be at least 1',
    });
    expect(problems({ rules: [rule({ expiration: { days: 1.5 } })] })).toEqual({
      'rules.0.expiration.days': 'must be a whole number',
    });
    expect(
      problems({
        rules: [rule({ abortIncompleteMultipartUpload: { daysAfterInitiation: 0 } })],
      }),
    ).toEqual({
      'rules.0.abortIncompleteMultipartUpload.daysAfterInitiation': 'must be at least 1',
    });
    expect(
      problems({
        rules: [
          rule({ noncurrentExpiration: { noncurrentDays: 1, newerNoncurrentVersions: 101 } }),
        ],
      }),
    ).toHaveProperty(['rules.0.noncurrentExpiration.newerNoncurrentVersions']);
  });

  it('takes dates only at midnight UTC, on real calendar days', () => {
    expect(isMidnightUtc('2027-01-01T00:00:00.000Z')).toBe(true);
    expect(isMidnightUtc('2027-01-01T00:00:00Z')).toBe(true);
    expect(isMidnightUtc('2027-01-01T12:00:00.000Z')).toBe(false);
    expect(isMidnightUtc('2027-02-30T00:00:00.000Z')).toBe(false);
    expect(isMidnightUtc('2027-01-01')).toBe(false);
    expect(
      problems({ rules: [rule({ expiration: { date: '2027-01-01T01:00:00.000Z' } })] }),
    ).toEqual({
      'rules.0.expiration.date': 'must be a date at midnight UTC, e.g. 2027-01-01T00:00:00.000Z',
    });
  });

  it('takes exactly one of days, date or expired delete markers, never mixes days with dates, and moves to each class once', () => {
    expect(problems({ rules: [rule({ expiration: {} })] })).toEqual({
      'rules.0.expiration.days': 'needs exactly one of days, a date or expired delete markers',
    });
    expect(
      problems({ rules: [rule({ expiration: { days: 3, expiredObjectDeleteMarker: true } })] }),
    ).toEqual({
      'rules.0.expiration.days': 'needs exactly one of days, a date or expired delete markers',
    });
    expect(
      problems({
        rules: [
          rule({ transitions: [{ date: '2027-01-01T00:00:00.000Z', storageClass: 'GLACIER' }] }),
        ],
      }),
    ).toEqual({ 'rules.0.transitions.0.date': 'must not mix days and dates in one rule' });
    expect(
      problems({ rules: [rule({ transitions: [{ days: 30, storageClass: 'GLACIER' }] })] }),
    ).toEqual({
      'rules.0.expiration.days': 'must be more days than every transition',
    });
    const twice = [
      { days: 1, storageClass: 'GLACIER' },
      { days: 5, storageClass: 'GLACIER' },
    ];
    expect(problems({ rules: [rule({ expiration: undefined, transitions: twice })] })).toEqual({
      'rules.0.transitions.1.storageClass': 'is already the target of another transition',
    });
  });

  it('refuses what S3 refuses with a tag filter, and a size range that holds nothing', () => {
    const tags = [{ key: 'team', value: 'web' }];
    expect(
      problems({
        rules: [
          rule({
            tags,
            expiration: { expiredObjectDeleteMarker: true },
            abortIncompleteMultipartUpload: { daysAfterInitiation: 1 },
          }),
        ],
      }),
    ).toEqual({
      'rules.0.expiration.expiredObjectDeleteMarker': 'cannot be used with a tag filter',
      'rules.0.abortIncompleteMultipartUpload.daysAfterInitiation':
        'cannot be used with a tag filter',
    });
    expect(
      problems({ rules: [rule({ objectSizeGreaterThan: 100, objectSizeLessThan: 100 })] }),
    ).toEqual({ 'rules.0.objectSizeLessThan': 'must be more than the minimum size' });
  });

  it('writes the narrowest filter S3 takes', () => {
    expect(lifecycleFilterToS3(rule())).toEqual({ Prefix: '' });
    expect(lifecycleFilterToS3(rule({ prefix: 'logs/' }))).toEqual({ Prefix: 'logs/' });
    expect(lifecycleFilterToS3(rule({ tags: [{ key: 'a', value: '1' }] }))).toEqual({
      Tag: { Key: 'a', Value: '1' },
    });
    expect(lifecycleFilterToS3(rule({ objectSizeGreaterThan: 5 }))).toEqual({
      ObjectSizeGreaterThan: 5,
    });
    expect(lifecycleFilterToS3(rule({ prefix: 'p/', objectSizeLessThan: 9 }))).toEqual({
      And: { Prefix: 'p/', ObjectSizeLessThan: 9 },
    });
    const twoTags = [
      { key: 'a', value: '1' },
      { key: 'b', value: '2' },
    ];
    expect(lifecycleFilterToS3(rule({ tags: twoTags }))).toEqual({
      And: {
        Tags: [
          { Key: 'a', Value: '1' },
          { Key: 'b', Value: '2' },
        ],
      },
    });
  });
});

describe('provider lifecycle limits (dialect data)', () => {
  const config = {
    rules: [
      rule({
        id: 'x'.repeat(65),
        objectSizeGreaterThan: 1,
        transitions: [{ days: 1, storageClass: 'GLACIER' }],
        expiration: { days: 2 },
      }),
    ],
  };

  it("applies JD Cloud OSS's documented limits: 64-character IDs, expiration and uploads only", () => {
    expect(
      lifecycleViolations(lifecycleLimits.jdcloud, config).map((v) => v.path.join('.')),
    ).toEqual([
      'rules.0.id',
      'rules.0.objectSizeGreaterThan',
      'rules.0.transitions.0.storageClass',
      'rules.0.transitions.0.storageClass',
    ]);
  });

  it('lets RGW name its own placement classes, while AWS takes only its own', () => {
    const rgw = {
      rules: [rule({ transitions: [{ days: 1, storageClass: 'COLD' }], expiration: { days: 2 } })],
    };
    expect(lifecycleViolations(lifecycleLimits.ceph, rgw)).toEqual([]);
    expect(lifecycleViolations(lifecycleLimits.aws, rgw)).toEqual([
      {
        code: 'unknownStorageClass',
        path: ['rules', 0, 'transitions', 0, 'storageClass'],
        offered: lifecycleLimits.aws.transitionClasses,
      },
    ]);
    expect(lifecycleViolations(lifecycleLimits.aws, config)).toEqual([]);
  });
});
