import { GetBucketVersioningCommand } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../../shared/contract/dispatch.js';
import type { Handlers } from '../../../../shared/contract/handlers.js';
import type { CoreDeps } from '../../handlers/deps.js';
import { versioningHandlers } from '../../handlers/versioning.js';
import type { ClientPool } from '../../s3/client-pool.js';
import { toAppError } from '../../s3/errors.js';
import { configTestRig } from './test-support.js';
import { getBucketVersioning, putBucketVersioning } from './versioning.js';

const rig = configTestRig();
const deps = {
  clients: { get: () => Promise.resolve(rig.client) } as unknown as ClientPool,
} as unknown as CoreDeps;
const dispatch = createDispatcher(versioningHandlers(deps) as Handlers, toAppError);
const ctx = { signal: new AbortController().signal };

describe('bucket versioning (versioning.get / versioning.put)', () => {
  it('reads a new bucket as off, enables versioning, then suspends it', async () => {
    const { name } = await rig.bucket('ver');
    expect(await getBucketVersioning(rig.client, name)).toBe('Off');

    await putBucketVersioning(rig.client, name, 'Enabled');
    const enabled = await rig.admin.send(new GetBucketVersioningCommand({ Bucket: name }));
    expect(enabled.Status).toBe('Enabled');
    expect(await getBucketVersioning(rig.client, name)).toBe('Enabled');

    await putBucketVersioning(rig.client, name, 'Suspended');
    expect(await getBucketVersioning(rig.client, name)).toBe('Suspended');
  });

  it('answers the state and MFA delete as RGW reports it, and refuses a way back to off', async () => {
    const { name } = await rig.bucket('ver-mfa');
    const target = { profileId: 'test-profile', bucket: name };
    expect(await dispatch('versioning.get', target, ctx)).toEqual({
      ok: true,
      value: { status: 'Off' },
    });
    expect(await dispatch('versioning.put', { ...target, status: 'Enabled' }, ctx)).toEqual({
      ok: true,
      value: {},
    });
    const stored = await rig.admin.send(new GetBucketVersioningCommand({ Bucket: name }));
    expect(stored).toMatchObject({ Status: 'Enabled', MFADelete: 'Disabled' });
    expect(await dispatch('versioning.get', target, ctx)).toEqual({
      ok: true,
      value: { status: 'Enabled', mfaDelete: 'Disabled' },
    });

    const off = await dispatch('versioning.put', { ...target, status: 'Off' }, ctx);
    expect(off).toMatchObject({ ok: false, error: { code: 'InvalidInput' } });
    expect(off.ok ? '' : off.error.message).toContain('status');
    expect((await rig.admin.send(new GetBucketVersioningCommand({ Bucket: name }))).Status).toBe(
      'Enabled',
    );
  });
});
