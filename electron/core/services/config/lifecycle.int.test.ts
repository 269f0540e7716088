import {
  GetBucketLifecycleConfigurationCommand,
  HeadObjectCommand,
  PutBucketLifecycleConfigurationCommand,
  PutObjectCommand,
} from '@aws-sdk/client-s3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  lifecycleUnavailable,
  processLifecycleUntil,
} from '../../../../e2e/fixtures/rgw-lifecycle.js';
import { createDispatcher } from '../../../../shared/contract/dispatch.js';
import type { Handlers } from '../../../../shared/contract/handlers.js';
import type { LifecycleConfig, LifecycleRule } from '../../../../shared/domain/config/lifecycle.js';
import { lifecycleArbitrary } from '../../../../shared/domain/config/lifecycle-arbitrary.js';
import { lifecycleLimits } from '../../../../shared/domain/config/lifecycle-limits.js';
import type { CoreDeps } from '../../handlers/deps.js';
import { lifecycleHandlers } from '../../handlers/lifecycle.js';
import type { ClientPool } from '../../s3/client-pool.js';
import { dialects } from '../../s3/dialects.js';
import { toAppError } from '../../s3/errors.js';
import { deleteBucketLifecycle, getBucketLifecycle, putBucketLifecycle } from './lifecycle.js';
import { configTestRig } from './test-support.js';

const rig = configTestRig();
const clients = {
  session: () => Promise.resolve(rig.session()),
  get: () => Promise.resolve(rig.client),
} as unknown as ClientPool;
const dispatch = createDispatcher(
  lifecycleHandlers({ clients } as unknown as CoreDeps) as unknown as Handlers,
  toAppError,
);
const ctx = { signal: new AbortController().signal };

const rule = (change: Partial<LifecycleRule>): LifecycleRule => ({
  id: 'r',
  status: 'Enabled',
  prefix: '',
  tags: [],
  transitions: [],
  noncurrentTransitions: [],
  ...change,
});

const config: LifecycleConfig = {
  rules: [
    rule({ id: 'logs', prefix: 'logs/', expiration: { days: 30 } }),
    rule({
      id: 'tagged',
      prefix: 'reports/',
      tags: [
        { key: 'team', value: 'web' },
        { key: '项目', value: 'holdall' },
      ],
      transitions: [{ days: 7, storageClass: 'REDUCED_REDUNDANCY' }],
      expiration: { days: 90 },
    }),
    rule({ id: 'versions', noncurrentExpiration: { noncurrentDays: 7 } }),
    rule({
      id: 'markers',
      prefix: 'tmp/',
      status: 'Disabled',
      expiration: { expiredObjectDeleteMarker: true },
      abortIncompleteMultipartUpload: { daysAfterInitiation: 2 },
    }),
    rule({ id: 'dated', prefix: 'old/', expiration: { date: '2030-01-01T00:00:00.000Z' } }),
  ],
};

async function stored(bucket: string) {
  const out = await rig.admin.send(new GetBucketLifecycleConfigurationCommand({ Bucket: bucket }));
  return [...(out.Rules ?? [])].sort((a, b) => (a.ID ?? '').localeCompare(b.ID ?? ''));
}

describe('bucket lifecycle (Put/Get/DeleteBucketLifecycleConfiguration)', () => {
  it('reports a bucket without rules as none, while RGW itself answers NoSuchLifecycleConfiguration', async () => {
    const { name } = await rig.bucket('lc-none');
    await expect(
      rig.admin.send(new GetBucketLifecycleConfigurationCommand({ Bucket: name })),
    ).rejects.toMatchObject({ name: 'NoSuchLifecycleConfiguration' });
    expect(await getBucketLifecycle(rig.client, name)).toEqual({ state: 'none' });
  });

  it('puts every kind of rule the server stores, reads them back, then deletes them', async () => {
    const { name } = await rig.bucket('lc');
    await putBucketLifecycle(rig.session(), name, config);

    const rules = await stored(name);
    expect(rules.map((r) => r.ID)).toEqual(['dated', 'logs', 'markers', 'tagged', 'versions']);
    const byId = new Map(rules.map((r) => [r.ID ?? '', r]));
    expect(byId.get('logs')).toMatchObject({
      Status: 'Enabled',
      Filter: { Prefix: 'logs/' },
      Expiration: { Days: 30 },
    });
    // RGW answers the prefix of an And beside it: Filter { Prefix, And: { Tags } }.
    const tagged = byId.get('tagged')?.Filter;
    expect(tagged?.Prefix ?? tagged?.And?.Prefix).toBe('reports/');
    expect(byId.get('tagged')?.Filter?.And?.Tags).toEqual(
      expect.arrayContaining([
        { Key: 'team', Value: 'web' },
        { Key: '项目', Value: 'holdall' },
      ]),
    );
    expect(byId.get('tagged')?.Transitions).toEqual([
      { Days: 7, StorageClass: 'REDUCED_REDUNDANCY' },
    ]);
    expect(byId.get('versions')?.NoncurrentVersionExpiration).toMatchObject({ NoncurrentDays: 7 });
    expect(byId.get('markers')).toMatchObject({
      Status: 'Disabled',
      Expiration: { ExpiredObjectDeleteMarker: true },
      AbortIncompleteMultipartUpload: { DaysAfterInitiation: 2 },
    });
    expect(byId.get('dated')?.Expiration?.Date?.toISOString()).toBe('2030-01-01T00:00:00.000Z');

    const read = await getBucketLifecycle(rig.client, name);
    const readRules = read.state === 'set' ? read.config.rules : [];
    expect(readRules).toHaveLength(5);
    for (const wanted of config.rules) {
      const got = readRules.find((r) => r.id === wanted.id);
      expect({
        ...got,
        tags: [...(got?.tags ?? [])].sort((a, b) => a.key.localeCompare(b.key)),
      }).toEqual({
        ...wanted,
        tags: [...wanted.tags].sort((a, b) => a.key.localeCompare(b.key)),
      });
    }

    // Applying replaces every rule.
    await putBucketLifecycle(rig.session(), name, {
      rules: [rule({ id: 'only', expiration: { days: 1 } })],
    });
    expect((await stored(name)).map((r) => r.ID)).toEqual(['only']);

    await deleteBucketLifecycle(rig.client, name);
    expect(await getBucketLifecycle(rig.client, name)).toEqual({ state: 'none' });
  });

  it('refuses S3-invalid rules at the contract, naming the field, and sends nothing', async () => {
    const { name } = await rig.bucket('lc-bad');
    const target = { profileId: 'test-profile', bucket: name };
    const put = (rules: LifecycleRule[]) =>
      dispatch('config.lifecycle.put', { ...target, lifecycle: { rules } }, ctx);
    const cases: [LifecycleRule[], string][] = [
      [[rule({})], 'lifecycle.rules.0'],
      [[rule({ expiration: { days: 0 } })], 'lifecycle.rules.0.expiration.days'],
      [[rule({ id: 'x'.repeat(256), expiration: { days: 1 } })], 'lifecycle.rules.0.id'],
      [
        [rule({ expiration: { days: 1 } }), rule({ expiration: { days: 2 } })],
        'lifecycle.rules.1.id',
      ],
      [
        [rule({ expiration: { date: '2030-01-01T08:00:00.000Z' } })],
        'lifecycle.rules.0.expiration.date',
      ],
      [
        [
          rule({
            tags: [{ key: 'a', value: '' }],
            expiration: { expiredObjectDeleteMarker: true },
          }),
        ],
        'lifecycle.rules.0.expiration.expiredObjectDeleteMarker',
      ],
      [[], 'lifecycle.rules'],
    ];
    for (const [rules, field] of cases) {
      const result = await put(rules);
      expect(result).toMatchObject({ ok: false, error: { code: 'InvalidInput' } });
      const error = result.ok ? undefined : result.error;
      expect(error?.details?.fields, JSON.stringify(error)).toContain(field);
    }
    expect(await dispatch('config.lifecycle.get', target, ctx)).toEqual({
      ok: true,
      value: { state: 'none' },
    });
  });

  it("refuses what the provider's dialect cannot take before sending (JD Cloud OSS: no transitions)", async () => {
    const { name } = await rig.bucket('lc-jd');
    const withTransition = {
      rules: [
        rule({ transitions: [{ days: 1, storageClass: 'STANDARD' }], expiration: { days: 2 } }),
      ],
    };
    await expect(
      putBucketLifecycle(rig.session(dialects.jdcloud), name, withTransition),
    ).rejects.toMatchObject({ code: 'UnsupportedByProvider' });
    expect(await getBucketLifecycle(rig.client, name)).toEqual({ state: 'none' });
  });

  it('refuses size filters and kept noncurrent versions on Ceph, which RGW 16 would drop and so widen the rule', async () => {
    const { name } = await rig.bucket('lc-rgw-drops');
    // What RGW does with them, sent by a plain client: stored without the size filter.
    await rig.admin.send(
      new PutBucketLifecycleConfigurationCommand({
        Bucket: name,
        LifecycleConfiguration: {
          Rules: [
            {
              ID: 'big',
              Status: 'Enabled',
              Filter: { And: { Prefix: 'a/', ObjectSizeGreaterThan: 1000 } },
              Expiration: { Days: 1 },
            },
          ],
        },
      }),
    );
    const [widened] = await stored(name);
    expect(
      widened?.Filter?.ObjectSizeGreaterThan ?? widened?.Filter?.And?.ObjectSizeGreaterThan,
    ).toBeUndefined();
    await deleteBucketLifecycle(rig.client, name);

    for (const refused of [
      rule({ prefix: 'a/', objectSizeGreaterThan: 1000, expiration: { days: 1 } }),
      rule({ noncurrentExpiration: { noncurrentDays: 7, newerNoncurrentVersions: 3 } }),
    ]) {
      await expect(
        putBucketLifecycle(rig.session(dialects.ceph), name, { rules: [refused] }),
      ).rejects.toMatchObject({ code: 'UnsupportedByProvider' });
    }
    expect(await getBucketLifecycle(rig.client, name)).toEqual({ state: 'none' });
  });

  it('stores generated configurations as sent: put → get is equal (rules in any order)', async () => {
    const { name } = await rig.bucket('lc-prop');
    // RGW answers rules, tags and transitions in its own order.
    const byId = (config: LifecycleConfig) =>
      [...config.rules]
        .map((r) => ({
          ...r,
          tags: [...r.tags].sort((a, b) => a.key.localeCompare(b.key)),
          transitions: [...r.transitions].sort((a, b) =>
            a.storageClass.localeCompare(b.storageClass),
          ),
        }))
        .sort((a, b) => a.id.localeCompare(b.id));
    const models = lifecycleArbitrary({
      storageClasses: lifecycleLimits.ceph.transitionClasses,
      newerFields: !lifecycleLimits.ceph.unsupportedFields.includes('ObjectSizeGreaterThan'),
    });
    await fc.assert(
      fc.asyncProperty(models, async (config) => {
        await putBucketLifecycle(rig.session(), name, config);
        const read = await getBucketLifecycle(rig.client, name);
        expect(read.state).toBe('set');
        if (read.state === 'set') expect(byId(read.config)).toEqual(byId(config));
      }),
      { numRuns: 12 },
    );
  }, 60_000);

  const unavailable = lifecycleUnavailable();
  if (unavailable !== undefined) console.log(`lifecycle processing test skipped: ${unavailable}`);

  it.skipIf(unavailable !== undefined)(
    'a one-day expiration really expires an object once RGW processes lifecycle (a short debug day)',
    async () => {
      const { name } = await rig.bucket('lc-expire');
      const head = (Key: string) =>
        rig.admin.send(new HeadObjectCommand({ Bucket: name, Key })).then(
          () => true,
          (err: unknown) => {
            if ((err as { name?: string }).name === 'NotFound') return false;
            throw err;
          },
        );
      await rig.admin.send(new PutObjectCommand({ Bucket: name, Key: 'logs/old.txt', Body: 'x' }));
      await rig.admin.send(new PutObjectCommand({ Bucket: name, Key: 'keep/me.txt', Body: 'y' }));
      const { ok } = await dispatch(
        'config.lifecycle.put',
        {
          profileId: 'test-profile',
          bucket: name,
          lifecycle: {
            rules: [rule({ id: 'expire-logs', prefix: 'logs/', expiration: { days: 1 } })],
          },
        },
        ctx,
      );
      expect(ok).toBe(true);
      await processLifecycleUntil(name, async () => !(await head('logs/old.txt')));
      expect(await head('logs/old.txt')).toBe(false);
      // Outside the rule's prefix: untouched.
      expect(await head('keep/me.txt')).toBe(true);
    },
    90_000,
  );
});
