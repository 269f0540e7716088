import {
  GetBucketVersioningCommand,
  GetObjectLockConfigurationCommand,
  PutObjectCommand,
  GetObjectRetentionCommand,
} from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { probeCapabilities } from '../capabilities-probe.js';
import { dialects } from '../../s3/dialects.js';
import { objectLockRig } from './test-support.js';

const rig = objectLockRig();
const { dispatch, ctx, admin } = rig;

describe('buckets with object lock (CreateBucket, Get/PutObjectLockConfiguration)', () => {
  it('creates a bucket with object lock, which turns versioning on, while a plain bucket has none', async () => {
    const locked = rig.name('olock-create');
    expect(
      await dispatch(
        'buckets.create',
        { profileId: 'test-profile', bucket: locked, objectLock: true },
        ctx,
      ),
    ).toMatchObject({ ok: true });
    const stored = await admin.send(new GetObjectLockConfigurationCommand({ Bucket: locked }));
    expect(stored.ObjectLockConfiguration?.ObjectLockEnabled).toBe('Enabled');
    expect((await admin.send(new GetBucketVersioningCommand({ Bucket: locked }))).Status).toBe(
      'Enabled',
    );
    expect(
      await dispatch('config.objectLock.get', { profileId: 'test-profile', bucket: locked }, ctx),
    ).toEqual({ ok: true, value: { state: 'set', config: { defaultRetention: null } } });

    const plain = rig.name('olock-plain');
    await dispatch('buckets.create', { profileId: 'test-profile', bucket: plain }, ctx);
    await expect(
      admin.send(new GetObjectLockConfigurationCommand({ Bucket: plain })),
    ).rejects.toMatchObject({ $metadata: { httpStatusCode: 404 } });
    expect(
      await dispatch('config.objectLock.get', { profileId: 'test-profile', bucket: plain }, ctx),
    ).toEqual({ ok: true, value: { state: 'none' } });
  });

  it('refuses object lock at creation on JD Cloud, whose API has none, and creates nothing', async () => {
    const name = rig.name('olock-jd');
    const result = await rig.dispatcherFor('jdcloud')(
      'buckets.create',
      { profileId: 'test-profile', bucket: name, objectLock: true },
      ctx,
    );
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'UnsupportedByProvider',
        message: 'JD Cloud OSS does not support object lock.',
      },
    });
    expect(
      await dispatch('buckets.head', { profileId: 'test-profile', bucket: name }, ctx),
    ).toEqual({
      ok: true,
      value: { state: 'missing' },
    });
  });

  it('sets the default retention in days or years, which new objects get, and removes it', async () => {
    const { name } = await rig.lockedBucket('olock-default');
    const at = { profileId: 'test-profile', bucket: name };
    const put = (config: unknown) => dispatch('config.objectLock.put', { ...at, config }, ctx);

    expect(
      await put({ defaultRetention: { mode: 'GOVERNANCE', unit: 'days', amount: 1 } }),
    ).toEqual({ ok: true, value: {} });
    let stored = await admin.send(new GetObjectLockConfigurationCommand({ Bucket: name }));
    expect(stored.ObjectLockConfiguration?.Rule?.DefaultRetention).toEqual({
      Mode: 'GOVERNANCE',
      Days: 1,
    });
    // A new object gets the default: governance until a day after its upload.
    const before = Date.now();
    await admin.send(new PutObjectCommand({ Bucket: name, Key: 'new.txt', Body: 'x' }));
    const retention = await admin.send(
      new GetObjectRetentionCommand({ Bucket: name, Key: 'new.txt' }),
    );
    expect(retention.Retention?.Mode).toBe('GOVERNANCE');
    const until = retention.Retention?.RetainUntilDate?.getTime() ?? 0;
    expect(until - before).toBeGreaterThan(86_400_000 - 60_000);
    expect(until - before).toBeLessThan(86_400_000 + 60_000);

    await put({ defaultRetention: { mode: 'COMPLIANCE', unit: 'years', amount: 2 } });
    stored = await admin.send(new GetObjectLockConfigurationCommand({ Bucket: name }));
    expect(stored.ObjectLockConfiguration?.Rule?.DefaultRetention).toEqual({
      Mode: 'COMPLIANCE',
      Years: 2,
    });
    expect(await dispatch('config.objectLock.get', at, ctx)).toEqual({
      ok: true,
      value: {
        state: 'set',
        config: { defaultRetention: { mode: 'COMPLIANCE', unit: 'years', amount: 2 } },
      },
    });

    await put({ defaultRetention: null });
    stored = await admin.send(new GetObjectLockConfigurationCommand({ Bucket: name }));
    expect(stored.ObjectLockConfiguration?.ObjectLockEnabled).toBe('Enabled');
    expect(stored.ObjectLockConfiguration?.Rule).toBeUndefined();
  });

  it('refuses a default retention outside S3’s limits naming the field, sending nothing', async () => {
    const { name } = await rig.lockedBucket('olock-limits');
    const at = { profileId: 'test-profile', bucket: name };
    const cases: [unknown, string][] = [
      [{ mode: 'GOVERNANCE', unit: 'days', amount: 0 }, 'config.defaultRetention.amount'],
      [{ mode: 'GOVERNANCE', unit: 'days', amount: 36_501 }, 'config.defaultRetention.amount'],
      [{ mode: 'GOVERNANCE', unit: 'years', amount: 101 }, 'config.defaultRetention.amount'],
      [{ mode: 'GOVERNANCE', unit: 'days', amount: 1.5 }, 'config.defaultRetention.amount'],
      [{ mode: 'LEGAL', unit: 'days', amount: 1 }, 'config.defaultRetention.mode'],
    ];
    for (const [defaultRetention, field] of cases) {
      const result = await dispatch(
        'config.objectLock.put',
        { ...at, config: { defaultRetention } },
        ctx,
      );
      const error = result.ok ? undefined : result.error;
      expect(error?.code).toBe('InvalidInput');
      expect(error?.details?.fields, JSON.stringify(error)).toContain(field);
    }
    const stored = await admin.send(new GetObjectLockConfigurationCommand({ Bucket: name }));
    expect(stored.ObjectLockConfiguration?.Rule).toBeUndefined();
  });

  it('cannot add object lock to a bucket created without it on RGW, which says so', async () => {
    const plain = rig.name('olock-later');
    await dispatch('buckets.create', { profileId: 'test-profile', bucket: plain }, ctx);
    const result = await dispatch(
      'config.objectLock.put',
      {
        profileId: 'test-profile',
        bucket: plain,
        config: { defaultRetention: { mode: 'GOVERNANCE', unit: 'days', amount: 1 } },
      },
      ctx,
    );
    expect(result.ok).toBe(false);
    expect(result.ok ? undefined : result.error.details?.['s3Code']).toBe('InvalidBucketState');
    expect(dialects.ceph.objectLock.addToExistingBucket).toBe(false);
  });

  it('the capability probe finds object lock on RGW, and JD Cloud’s dialect says it has none', async () => {
    const plain = rig.name('olock-probe');
    await dispatch('buckets.create', { profileId: 'test-profile', bucket: plain }, ctx);
    expect((await probeCapabilities(rig.client, dialects.ceph, plain)).objectLock).toEqual({
      status: 'supported',
    });
    expect((await probeCapabilities(rig.client, dialects.jdcloud, plain)).objectLock).toEqual({
      status: 'unsupported',
      reason: 'JD Cloud OSS does not support object lock.',
    });
  });
});
