import { GetBucketCorsCommand } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../shared/contract/dispatch.js';
import { toAppError } from '../s3/errors.js';
import { configHandlersFor, configTestRig } from '../services/config/test-support.js';

const rig = configTestRig();
const dispatch = createDispatcher(configHandlersFor(rig.client, rig.settings), toAppError);
const ctx = { signal: new AbortController().signal };

describe('config channels end to end through the dispatcher', () => {
  it('puts, gets and deletes a CORS configuration', async () => {
    const { name } = await rig.bucket('h-cors');
    const target = { profileId: 'test-profile', bucket: name };
    const cors = { rules: [{ allowedOrigins: ['*'], allowedMethods: ['GET'] }] };

    expect(await dispatch('config.cors.get', target, ctx)).toEqual({
      ok: true,
      value: { state: 'none' },
    });
    expect(await dispatch('config.cors.put', { ...target, cors }, ctx)).toEqual({
      ok: true,
      value: {},
    });
    const stored = await rig.admin.send(new GetBucketCorsCommand({ Bucket: name }));
    expect(stored.CORSRules).toEqual([{ AllowedOrigins: ['*'], AllowedMethods: ['GET'] }]);
    expect(await dispatch('config.cors.get', target, ctx)).toMatchObject({
      ok: true,
      value: { state: 'set', config: { rules: [{ allowedOrigins: ['*'], allowedHeaders: [] }] } },
    });
    expect(await dispatch('config.cors.delete', target, ctx)).toEqual({ ok: true, value: {} });
    expect(await dispatch('config.cors.get', target, ctx)).toEqual({
      ok: true,
      value: { state: 'none' },
    });
  });

  it('answers a replication put on an unversioned bucket with an error value', async () => {
    const { name } = await rig.bucket('h-rep');
    const replication = {
      rules: [{ id: 'r', status: 'Enabled', destination: { bucket: `arn:aws:s3:::${name}` } }],
    };
    const result = await dispatch(
      'config.replication.put',
      { profileId: 'test-profile', bucket: name, replication },
      ctx,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'VersioningNotEnabled' } });
  });

  it('maps a missing bucket to NoSuchBucket, not to "none"', async () => {
    const result = await dispatch(
      'config.policy.get',
      { profileId: 'test-profile', bucket: 'no-such-bucket-holdall' },
      ctx,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'NoSuchBucket' } });
  });
});
