import {
  GetObjectLegalHoldCommand,
  GetObjectRetentionCommand,
  ListObjectVersionsCommand,
  PutObjectCommand,
} from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { objectLockRig } from './test-support.js';

const rig = objectLockRig();
const { dispatch, ctx, admin } = rig;

/** A minute or two ahead, whole seconds: S3 keeps retain-until dates to the second. */
const ahead = (seconds: number): string =>
  new Date(Math.ceil(Date.now() / 1000) * 1000 + seconds * 1000).toISOString();

async function putVersion(bucket: string, key: string, body: string): Promise<string> {
  const out = await admin.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body }));
  if (out.VersionId === undefined) throw new Error('no version id');
  return out.VersionId;
}

async function storedRetention(bucket: string, key: string, versionId?: string) {
  const out = await admin
    .send(new GetObjectRetentionCommand({ Bucket: bucket, Key: key, VersionId: versionId }))
    .catch((err: unknown) => {
      if (err instanceof Error && err.name === 'ObjectLockConfigurationNotFoundError') {
        return undefined;
      }
      throw err;
    });
  const r = out?.Retention;
  return r === undefined ? null : { mode: r.Mode, until: r.RetainUntilDate?.toISOString() };
}

describe('retention and legal hold of a version (Get/PutObjectRetention, Get/PutObjectLegalHold)', () => {
  it('sets and extends retention on a chosen version, and shortening needs the governance bypass', async () => {
    const { name } = await rig.lockedBucket('olock-ret');
    const old = await putVersion(name, 'a.txt', 'one');
    await putVersion(name, 'a.txt', 'two');
    const at = { profileId: 'test-profile', bucket: name, key: 'a.txt', versionId: old };
    const put = (retention: unknown, bypassGovernance?: boolean) =>
      dispatch('objects.retention.put', { ...at, retention, bypassGovernance }, ctx);

    expect(await dispatch('objects.retention.get', at, ctx)).toEqual({
      ok: true,
      value: { retention: null },
    });
    const first = ahead(60);
    expect(await put({ mode: 'GOVERNANCE', retainUntil: first })).toEqual({ ok: true, value: {} });
    expect(await storedRetention(name, 'a.txt', old)).toEqual({ mode: 'GOVERNANCE', until: first });
    // Only that version: the latest has none.
    expect(await storedRetention(name, 'a.txt')).toBeNull();
    expect(await dispatch('objects.retention.get', at, ctx)).toEqual({
      ok: true,
      value: { retention: { mode: 'GOVERNANCE', retainUntil: first } },
    });

    const later = ahead(120);
    expect(await put({ mode: 'GOVERNANCE', retainUntil: later })).toEqual({ ok: true, value: {} });
    expect(await storedRetention(name, 'a.txt', old)).toEqual({ mode: 'GOVERNANCE', until: later });

    const refused = await put({ mode: 'GOVERNANCE', retainUntil: first });
    expect(refused).toMatchObject({ ok: false, error: { code: 'AccessDenied' } });
    expect(await storedRetention(name, 'a.txt', old)).toEqual({ mode: 'GOVERNANCE', until: later });

    expect(await put({ mode: 'GOVERNANCE', retainUntil: first }, true)).toEqual({
      ok: true,
      value: {},
    });
    expect(await storedRetention(name, 'a.txt', old)).toEqual({ mode: 'GOVERNANCE', until: first });
  });

  it('keeps compliance retention from being shortened or changed, bypass or not, and governance from changing mode unasked', async () => {
    const { name } = await rig.lockedBucket('olock-modes');
    const v = await putVersion(name, 'c.txt', 'c');
    const at = { profileId: 'test-profile', bucket: name, key: 'c.txt', versionId: v };
    const put = (retention: unknown, bypassGovernance?: boolean) =>
      dispatch('objects.retention.put', { ...at, retention, bypassGovernance }, ctx);
    const governed = ahead(10);
    await put({ mode: 'GOVERNANCE', retainUntil: governed });
    // Governance to compliance is a change of mode: the bypass is needed.
    const complied = ahead(15);
    expect(await put({ mode: 'COMPLIANCE', retainUntil: complied })).toMatchObject({
      ok: false,
      error: { code: 'AccessDenied' },
    });
    expect(await storedRetention(name, 'c.txt', v)).toEqual({
      mode: 'GOVERNANCE',
      until: governed,
    });
    expect(await put({ mode: 'COMPLIANCE', retainUntil: complied }, true)).toEqual({
      ok: true,
      value: {},
    });
    // Compliance (kept to seconds, so cleanup can wait it out) refuses shortening and changing.
    for (const retention of [
      { mode: 'COMPLIANCE', retainUntil: ahead(5) },
      { mode: 'GOVERNANCE', retainUntil: ahead(30) },
    ]) {
      expect(await put(retention, true)).toMatchObject({
        ok: false,
        error: { code: 'AccessDenied' },
      });
    }
    expect(await storedRetention(name, 'c.txt', v)).toEqual({
      mode: 'COMPLIANCE',
      until: complied,
    });
  });

  it('refuses removing a retention on Ceph before sending, as RGW answers MalformedXML to it', async () => {
    const { name } = await rig.lockedBucket('olock-remove');
    const v = await putVersion(name, 'r.txt', 'r');
    const at = { profileId: 'test-profile', bucket: name, key: 'r.txt', versionId: v };
    const until = ahead(60);
    await dispatch(
      'objects.retention.put',
      { ...at, retention: { mode: 'GOVERNANCE', retainUntil: until } },
      ctx,
    );
    const remove = { ...at, retention: null, bypassGovernance: true };
    expect(await dispatch('objects.retention.put', remove, ctx)).toMatchObject({
      ok: false,
      error: {
        code: 'UnsupportedByProvider',
        message: 'Ceph RGW does not support removing a retention (shorten it instead).',
      },
    });
    // What RGW itself answers, through a dialect that would send it.
    expect(await rig.dispatcherFor('generic')('objects.retention.put', remove, ctx)).toMatchObject({
      ok: false,
      error: { code: 'MalformedXML' },
    });
    expect(await storedRetention(name, 'r.txt', v)).toEqual({ mode: 'GOVERNANCE', until });
  });

  it('turns a legal hold on and off on a chosen version', async () => {
    const { name } = await rig.lockedBucket('olock-hold');
    const v = await putVersion(name, 'h.txt', 'held');
    const at = { profileId: 'test-profile', bucket: name, key: 'h.txt', versionId: v };
    const stored = async () =>
      (
        await admin.send(
          new GetObjectLegalHoldCommand({ Bucket: name, Key: 'h.txt', VersionId: v }),
        )
      ).LegalHold?.Status;

    expect(await dispatch('objects.legalHold.get', at, ctx)).toEqual({
      ok: true,
      value: { on: false },
    });
    expect(await dispatch('objects.legalHold.put', { ...at, on: true }, ctx)).toEqual({
      ok: true,
      value: {},
    });
    expect(await stored()).toBe('ON');
    expect(await dispatch('objects.legalHold.get', at, ctx)).toEqual({
      ok: true,
      value: { on: true },
    });
    await dispatch('objects.legalHold.put', { ...at, on: false }, ctx);
    expect(await stored()).toBe('OFF');
  });

  it('a delete refused by retention or legal hold says which and until when', async () => {
    const { name } = await rig.lockedBucket('olock-del');
    const kept = await putVersion(name, 'kept.txt', 'k');
    const until = ahead(60);
    await dispatch(
      'objects.retention.put',
      {
        profileId: 'test-profile',
        bucket: name,
        key: 'kept.txt',
        versionId: kept,
        retention: { mode: 'GOVERNANCE', retainUntil: until },
      },
      ctx,
    );
    const held = await putVersion(name, 'held.txt', 'h');
    await dispatch(
      'objects.legalHold.put',
      { profileId: 'test-profile', bucket: name, key: 'held.txt', versionId: held, on: true },
      ctx,
    );

    const keptResult = await dispatch(
      'objects.delete',
      { profileId: 'test-profile', bucket: name, key: 'kept.txt', versionId: kept },
      ctx,
    );
    expect(keptResult).toEqual({
      ok: false,
      error: {
        code: 'ObjectLocked',
        message: `Locked in governance mode until ${until.slice(0, 10)} ${until.slice(11, 16)} UTC.`,
        details: {
          key: 'kept.txt',
          versionId: kept,
          mode: 'GOVERNANCE',
          retainUntil: until,
          legalHold: false,
        },
      },
    });
    const heldResult = await dispatch(
      'objects.delete',
      { profileId: 'test-profile', bucket: name, key: 'held.txt', versionId: held },
      ctx,
    );
    expect(heldResult).toMatchObject({
      ok: false,
      error: { code: 'ObjectLocked', message: 'Legal hold is on.', details: { legalHold: true } },
    });

    // Without a version id the delete succeeds: a delete marker hides the key, the locked
    // version stays.
    expect(
      await dispatch(
        'objects.delete',
        { profileId: 'test-profile', bucket: name, key: 'kept.txt' },
        ctx,
      ),
    ).toEqual({ ok: true, value: {} });
    const versions = await admin.send(
      new ListObjectVersionsCommand({ Bucket: name, Prefix: 'kept.txt' }),
    );
    expect(versions.DeleteMarkers).toHaveLength(1);
    expect(versions.Versions?.map((v) => v.VersionId)).toEqual([kept]);
  });
});
