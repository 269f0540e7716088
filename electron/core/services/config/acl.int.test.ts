import { GetBucketAclCommand, GetObjectAclCommand, ListBucketsCommand } from '@aws-sdk/client-s3';
import type { Grant } from '@aws-sdk/client-s3';
import { beforeAll, describe, expect, it } from 'vitest';
import { aclGroupUris } from '../../../../shared/domain/config/acl.js';
import type { AclChange } from '../../../../shared/domain/config/acl.js';
import { dialects } from '../../s3/dialects.js';
import { toAppError } from '../../s3/errors.js';
import { getAcl, putAcl } from './acl.js';
import { configTestRig } from './test-support.js';

const rig = configTestRig();
// The fixture's second user; on RGW a canonical user id is the user id.
const OTHER = 'holdall-other';
let OWNER = '';

beforeAll(async () => {
  const out = await rig.admin.send(new ListBucketsCommand({}));
  OWNER = out.Owner?.ID ?? '';
});

/** Grants as "grantee permission" lines, so order and display names do not matter. */
function lines(grants: readonly Grant[] | undefined): string[] {
  return (grants ?? [])
    .map((g) => `${g.Grantee?.ID ?? g.Grantee?.URI ?? g.Grantee?.EmailAddress} ${g.Permission}`)
    .sort();
}

const explicit: AclChange = {
  kind: 'grants',
  grants: [
    { grantee: { type: 'user', id: OTHER }, permission: 'READ' },
    { grantee: { type: 'group', group: 'AuthenticatedUsers' }, permission: 'READ_ACP' },
  ],
};
const explicitLines = (): string[] =>
  [`${OTHER} READ`, `${OWNER} FULL_CONTROL`, `${aclGroupUris.AuthenticatedUsers} READ_ACP`].sort();

describe('bucket ACL (Put/GetBucketAcl)', () => {
  it('reads the owner and its FULL_CONTROL grant', async () => {
    const { name } = await rig.bucket('acl-get');
    expect(await getAcl(rig.client, { bucket: name })).toEqual({
      state: 'set',
      config: {
        owner: { id: OWNER, displayName: expect.any(String) as unknown },
        grants: [
          {
            grantee: { type: 'user', id: OWNER, displayName: expect.any(String) as unknown },
            permission: 'FULL_CONTROL',
          },
        ],
      },
    });
  });

  it('puts a canned ACL', async () => {
    const { name } = await rig.bucket('acl-canned');
    await putAcl(rig.session(), { bucket: name }, { kind: 'canned', acl: 'public-read' });
    const stored = await rig.admin.send(new GetBucketAclCommand({ Bucket: name }));
    expect(lines(stored.Grants)).toEqual(
      [`${OWNER} FULL_CONTROL`, `${aclGroupUris.AllUsers} READ`].sort(),
    );
  });

  it('puts explicit grants and keeps the owner in full control', async () => {
    const { name } = await rig.bucket('acl-grants');
    await putAcl(rig.session(), { bucket: name }, explicit);
    const stored = await rig.admin.send(new GetBucketAclCommand({ Bucket: name }));
    expect(stored.Owner?.ID).toBe(OWNER);
    expect(lines(stored.Grants)).toEqual(explicitLines());
    const got = await getAcl(rig.client, { bucket: name });
    expect(got.state === 'set' && got.config.grants).toContainEqual({
      grantee: { type: 'group', group: 'AuthenticatedUsers' },
      permission: 'READ_ACP',
    });
  });

  it('refuses explicit grants where the provider only has canned ACLs, sending nothing', async () => {
    const { name } = await rig.bucket('acl-minio');
    const failure = await putAcl(rig.session(dialects.minio), { bucket: name }, explicit).catch(
      (err: unknown) => err,
    );
    expect(failure).toMatchObject({
      code: 'UnsupportedByProvider',
      message: 'MinIO does not support explicit ACL grants.',
    });
    const stored = await rig.admin.send(new GetBucketAclCommand({ Bucket: name }));
    expect(lines(stored.Grants)).toEqual([`${OWNER} FULL_CONTROL`]);
  });
});

describe('object ACL (Put/GetObjectAcl)', () => {
  it('puts a canned ACL on one object only', async () => {
    const bucket = await rig.bucket('oacl-canned');
    await bucket.put({ 'a.txt': 'a', 'b.txt': 'b' });
    await putAcl(
      rig.session(),
      { bucket: bucket.name, key: 'a.txt' },
      { kind: 'canned', acl: 'public-read' },
    );
    const a = await rig.admin.send(new GetObjectAclCommand({ Bucket: bucket.name, Key: 'a.txt' }));
    const b = await rig.admin.send(new GetObjectAclCommand({ Bucket: bucket.name, Key: 'b.txt' }));
    expect(lines(a.Grants)).toEqual(
      [`${OWNER} FULL_CONTROL`, `${aclGroupUris.AllUsers} READ`].sort(),
    );
    expect(lines(b.Grants)).toEqual([`${OWNER} FULL_CONTROL`]);
  });

  it('puts explicit grants on an object and reads them back', async () => {
    const bucket = await rig.bucket('oacl-grants');
    await bucket.put({ 'doc.txt': 'x' });
    const target = { bucket: bucket.name, key: 'doc.txt' };
    await putAcl(rig.session(), target, explicit);
    const stored = await rig.admin.send(
      new GetObjectAclCommand({ Bucket: bucket.name, Key: 'doc.txt' }),
    );
    expect(lines(stored.Grants)).toEqual(explicitLines());
    const got = await getAcl(rig.client, target);
    expect(got.state === 'set' && got.config.owner.id).toBe(OWNER);
    expect(got.state === 'set' && got.config.grants).toHaveLength(3);
  });

  it('reports a missing object as NoSuchKey', async () => {
    const { name } = await rig.bucket('oacl-missing');
    const failure = await getAcl(rig.client, { bucket: name, key: 'nope' }).catch((err: unknown) =>
      toAppError(err),
    );
    expect(failure).toMatchObject({ code: 'NoSuchKey' });
  });
});
