import {
  GetPublicAccessBlockCommand,
  PutBucketAclCommand,
  PutBucketPolicyCommand,
  PutObjectAclCommand,
  PutPublicAccessBlockCommand,
} from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { s3Target } from '../../../../e2e/fixtures/s3.js';
import { createDispatcher } from '../../../../shared/contract/dispatch.js';
import type { Handlers } from '../../../../shared/contract/handlers.js';
import type { PublicAccessBlock } from '../../../../shared/domain/config/public-access.js';
import { protectionHandlers } from '../../handlers/protection.js';
import type { CoreDeps } from '../../handlers/deps.js';
import type { ClientPool } from '../../s3/client-pool.js';
import { toAppError } from '../../s3/errors.js';
import {
  deletePublicAccessBlock,
  getPublicAccessBlock,
  putPublicAccessBlock,
} from './public-access-block.js';
import { configTestRig } from './test-support.js';

const rig = configTestRig();
const deps = {
  clients: {
    get: () => Promise.resolve(rig.client),
    session: () => Promise.resolve(rig.session()),
  } as unknown as ClientPool,
} as unknown as CoreDeps;
const dispatch = createDispatcher(protectionHandlers(deps) as Handlers, toAppError);
const ctx = { signal: new AbortController().signal };

const off: PublicAccessBlock = {
  blockPublicAcls: false,
  ignorePublicAcls: false,
  blockPublicPolicy: false,
  restrictPublicBuckets: false,
};

/** Every setting off: what RGW answers for a bucket that has none. */
const s3Off = {
  BlockPublicAcls: false,
  IgnorePublicAcls: false,
  BlockPublicPolicy: false,
  RestrictPublicBuckets: false,
};

const objectUrl = (bucket: string, key: string): string =>
  `${s3Target().endpoint}/${bucket}/${key}`;

const publicRead = (bucket: string): string =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: '*',
        Action: 's3:GetObject',
        Resource: `arn:aws:s3:::${bucket}/*`,
      },
    ],
  });

describe('public access block (Get/Put/DeletePublicAccessBlock)', () => {
  it('reports a bucket without one as none, while RGW itself answers every setting off', async () => {
    const { name } = await rig.bucket('pab-none');
    const stored = await rig.admin.send(new GetPublicAccessBlockCommand({ Bucket: name }));
    expect(stored.PublicAccessBlockConfiguration).toEqual(s3Off);
    expect(await getPublicAccessBlock(rig.client, name)).toEqual({ state: 'none' });
  });

  it('puts the four settings the server stores, reads them back, then deletes them', async () => {
    const { name } = await rig.bucket('pab');
    const some = { ...off, blockPublicAcls: true, restrictPublicBuckets: true };
    await putPublicAccessBlock(rig.client, name, some);
    const stored = await rig.admin.send(new GetPublicAccessBlockCommand({ Bucket: name }));
    expect(stored.PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true,
      IgnorePublicAcls: false,
      BlockPublicPolicy: false,
      RestrictPublicBuckets: true,
    });
    expect(await getPublicAccessBlock(rig.client, name)).toEqual({ state: 'set', config: some });

    const target = { profileId: 'test-profile', bucket: name };
    const all = {
      blockPublicAcls: true,
      ignorePublicAcls: true,
      blockPublicPolicy: true,
      restrictPublicBuckets: true,
    };
    expect(
      await dispatch('config.publicAccessBlock.put', { ...target, publicAccessBlock: all }, ctx),
    ).toEqual({ ok: true, value: {} });
    expect(await dispatch('config.publicAccessBlock.get', target, ctx)).toEqual({
      ok: true,
      value: { state: 'set', config: all },
    });

    // RGW forgets the settings on delete: every one reads off again, which is none.
    await deletePublicAccessBlock(rig.client, name);
    expect(await getPublicAccessBlock(rig.client, name)).toEqual({ state: 'none' });
    expect(
      (await rig.admin.send(new GetPublicAccessBlockCommand({ Bucket: name })))
        .PublicAccessBlockConfiguration,
    ).toEqual(s3Off);
  });

  it('refuses settings that are not true or false at the contract, naming the field, and sends nothing', async () => {
    const { name } = await rig.bucket('pab-bad');
    const target = { profileId: 'test-profile', bucket: name };
    const cases: [unknown, string][] = [
      [{ ...off, blockPublicAcls: 'true' }, 'publicAccessBlock.blockPublicAcls'],
      [
        { ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true },
        'publicAccessBlock.blockPublicAcls',
      ],
      [{ ...off, blockEverything: true }, 'publicAccessBlock'],
    ];
    for (const [publicAccessBlock, field] of cases) {
      const result = await dispatch(
        'config.publicAccessBlock.put',
        { ...target, publicAccessBlock },
        ctx,
      );
      const error = result.ok ? undefined : result.error;
      expect(error?.code).toBe('InvalidInput');
      expect(error?.message, JSON.stringify(error)).toContain(field);
    }
    expect(
      (await rig.admin.send(new GetPublicAccessBlockCommand({ Bucket: name })))
        .PublicAccessBlockConfiguration,
    ).toEqual(s3Off);
  });
});

describe('what RGW enforces of a public access block', () => {
  it('Block public ACLs: RGW refuses a public-read ACL on the bucket and on its objects', async () => {
    const bucket = await rig.bucket('pab-acl');
    await bucket.put({ 'a.txt': 'a' });
    await rig.admin.send(
      new PutPublicAccessBlockCommand({
        Bucket: bucket.name,
        PublicAccessBlockConfiguration: { ...s3Off, BlockPublicAcls: true },
      }),
    );
    await expect(
      rig.admin.send(new PutBucketAclCommand({ Bucket: bucket.name, ACL: 'public-read' })),
    ).rejects.toMatchObject({ name: 'AccessDenied' });
    await expect(
      rig.admin.send(
        new PutObjectAclCommand({ Bucket: bucket.name, Key: 'a.txt', ACL: 'public-read' }),
      ),
    ).rejects.toMatchObject({ name: 'AccessDenied' });
  });

  it('Ignore public ACLs: an object a public-read ACL opened is refused to anonymous readers', async () => {
    const bucket = await rig.bucket('pab-ignore');
    await bucket.put({ 'a.txt': 'a' });
    await rig.admin.send(
      new PutObjectAclCommand({ Bucket: bucket.name, Key: 'a.txt', ACL: 'public-read' }),
    );
    expect((await fetch(objectUrl(bucket.name, 'a.txt'))).status).toBe(200);
    await rig.admin.send(
      new PutPublicAccessBlockCommand({
        Bucket: bucket.name,
        PublicAccessBlockConfiguration: { ...s3Off, IgnorePublicAcls: true },
      }),
    );
    expect((await fetch(objectUrl(bucket.name, 'a.txt'))).status).toBe(403);
  });

  it('Block public policy: RGW refuses a policy that lets everybody read', async () => {
    const bucket = await rig.bucket('pab-policy');
    await rig.admin.send(
      new PutPublicAccessBlockCommand({
        Bucket: bucket.name,
        PublicAccessBlockConfiguration: { ...s3Off, BlockPublicPolicy: true },
      }),
    );
    await expect(
      rig.admin.send(
        new PutBucketPolicyCommand({ Bucket: bucket.name, Policy: publicRead(bucket.name) }),
      ),
    ).rejects.toMatchObject({ name: 'AccessDenied' });
  });

  it('Restrict public buckets: RGW 16 stores it, but a public policy still lets anonymous readers in', async () => {
    const bucket = await rig.bucket('pab-restrict');
    await bucket.put({ 'a.txt': 'a' });
    await rig.admin.send(
      new PutBucketPolicyCommand({ Bucket: bucket.name, Policy: publicRead(bucket.name) }),
    );
    expect((await fetch(objectUrl(bucket.name, 'a.txt'))).status).toBe(200);
    await rig.admin.send(
      new PutPublicAccessBlockCommand({
        Bucket: bucket.name,
        PublicAccessBlockConfiguration: { ...s3Off, RestrictPublicBuckets: true },
      }),
    );
    const stored = await rig.admin.send(new GetPublicAccessBlockCommand({ Bucket: bucket.name }));
    expect(stored.PublicAccessBlockConfiguration?.RestrictPublicBuckets).toBe(true);
    // AWS would refuse this anonymous read; the Public access tab says RGW does not.
    expect((await fetch(objectUrl(bucket.name, 'a.txt'))).status).toBe(200);
  });
});
