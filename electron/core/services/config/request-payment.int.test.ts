import {
  GetBucketRequestPaymentCommand,
  GetObjectCommand,
  PutObjectAclCommand,
} from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { s3Target } from '../../../../e2e/fixtures/s3.js';
import { createDispatcher } from '../../../../shared/contract/dispatch.js';
import type { Handlers } from '../../../../shared/contract/handlers.js';
import { protectionHandlers } from '../../handlers/protection.js';
import type { CoreDeps } from '../../handlers/deps.js';
import type { ClientPool } from '../../s3/client-pool.js';
import { toAppError } from '../../s3/errors.js';
import { getRequestPayment, putRequestPayment } from './request-payment.js';
import { configTestRig } from './test-support.js';

const rig = configTestRig();
const deps = {
  clients: { get: () => Promise.resolve(rig.client) } as unknown as ClientPool,
} as unknown as CoreDeps;
const dispatch = createDispatcher(protectionHandlers(deps) as Handlers, toAppError);
const ctx = { signal: new AbortController().signal };

async function storedPayer(bucket: string): Promise<string | undefined> {
  return (await rig.admin.send(new GetBucketRequestPaymentCommand({ Bucket: bucket }))).Payer;
}

describe('requester pays (Get/PutBucketRequestPayment)', () => {
  it('reads a new bucket as paid by its owner, then turns requester pays on and off', async () => {
    const { name } = await rig.bucket('rp');
    const target = { profileId: 'test-profile', bucket: name };
    expect(await dispatch('config.requestPayment.get', target, ctx)).toEqual({
      ok: true,
      value: { payer: 'BucketOwner' },
    });
    expect(
      await dispatch('config.requestPayment.put', { ...target, payer: 'Requester' }, ctx),
    ).toEqual({ ok: true, value: {} });
    expect(await storedPayer(name)).toBe('Requester');
    expect(await getRequestPayment(rig.client, name)).toEqual({ payer: 'Requester' });

    await putRequestPayment(rig.client, name, { payer: 'BucketOwner' });
    expect(await storedPayer(name)).toBe('BucketOwner');

    const bad = await dispatch('config.requestPayment.put', { ...target, payer: 'Nobody' }, ctx);
    expect(bad).toMatchObject({ ok: false, error: { code: 'InvalidInput' } });
    expect(bad.ok ? '' : bad.error.message).toContain('payer');
    expect(await storedPayer(name)).toBe('BucketOwner');
  });

  it('with requester pays on, anonymous readers of a public object are refused, a signed reader who accepts the charge is not', async () => {
    const bucket = await rig.bucket('rp-public');
    await bucket.put({ 'a.txt': 'hello' });
    await rig.admin.send(
      new PutObjectAclCommand({ Bucket: bucket.name, Key: 'a.txt', ACL: 'public-read' }),
    );
    const url = `${s3Target().endpoint}/${bucket.name}/a.txt`;
    expect((await fetch(url)).status).toBe(200);

    await putRequestPayment(rig.client, bucket.name, { payer: 'Requester' });
    expect((await fetch(url)).status).toBe(403);
    const paid = await rig.admin.send(
      new GetObjectCommand({ Bucket: bucket.name, Key: 'a.txt', RequestPayer: 'requester' }),
    );
    expect(await paid.Body?.transformToString()).toBe('hello');
  });
});
