import {
  GetBucketAclCommand,
  GetObjectAclCommand,
  PutBucketAclCommand,
  PutObjectAclCommand,
} from '@aws-sdk/client-s3';
import type {
  AccessControlPolicy,
  BucketCannedACL,
  Grant,
  Grantee,
  Owner,
  S3Client,
} from '@aws-sdk/client-s3';
import { AppError } from '../../../../shared/contract/envelope.js';
import { aclGroupUris, bucketCannedAcls } from '../../../../shared/domain/config/acl.js';
import type {
  Acl,
  AclChange,
  AclGrant,
  AclGrantee,
  AclGroup,
  AclOwner,
  AclPermission,
  CannedAcl,
} from '../../../../shared/domain/config/acl.js';
import { aclPermissions } from '../../../../shared/domain/config/acl.js';
import { setConfig } from '../../../../shared/domain/config/state.js';
import type { ConfigState } from '../../../../shared/domain/config/state.js';
import type { S3Session } from '../../s3/client-pool.js';
import { aclChangeProblem } from '../../s3/rules/acl-rules.js';
import { withCompatibleChecksum } from './checksum.js';

/** A bucket, or one object in it when `key` is given. */
export interface AclTarget {
  bucket: string;
  key?: string | undefined;
}

const groupByUri = new Map<string, AclGroup>(
  Object.entries(aclGroupUris).map(([group, uri]) => [uri, group as AclGroup]),
);

function granteeFromS3(grantee: Grantee | undefined): AclGrantee | undefined {
  if (grantee?.Type === 'CanonicalUser' && grantee.ID !== undefined) {
    return grantee.DisplayName === undefined
      ? { type: 'user', id: grantee.ID }
      : { type: 'user', id: grantee.ID, displayName: grantee.DisplayName };
  }
  if (grantee?.Type === 'AmazonCustomerByEmail' && grantee.EmailAddress !== undefined) {
    return { type: 'email', email: grantee.EmailAddress };
  }
  const group = grantee?.URI === undefined ? undefined : groupByUri.get(grantee.URI);
  return group === undefined ? undefined : { type: 'group', group };
}

function granteeToS3(grantee: AclGrantee): Grantee {
  switch (grantee.type) {
    case 'user':
      return { Type: 'CanonicalUser', ID: grantee.id };
    case 'email':
      return { Type: 'AmazonCustomerByEmail', EmailAddress: grantee.email };
    case 'group':
      return { Type: 'Group', URI: aclGroupUris[grantee.group] };
  }
}

const isPermission = (value: string | undefined): value is AclPermission =>
  (aclPermissions as readonly string[]).includes(value ?? '');

/** Grants S3 reports in forms the model has no place for (unknown groups) are left out. */
export function aclFromS3(owner: Owner | undefined, grants: readonly Grant[]): Acl {
  const aclOwner: AclOwner =
    owner?.DisplayName === undefined
      ? { id: owner?.ID ?? '' }
      : { id: owner.ID ?? '', displayName: owner.DisplayName };
  return {
    owner: aclOwner,
    grants: grants.flatMap((g) => {
      const grantee = granteeFromS3(g.Grantee);
      return grantee === undefined || !isPermission(g.Permission)
        ? []
        : [{ grantee, permission: g.Permission }];
    }),
  };
}

/**
 * The grants to send: the owner's FULL_CONTROL first, then the requested ones.
 * Writing a list without it would leave the owner unable to read or fix the ACL.
 */
export function grantsWithOwner(ownerId: string, grants: readonly AclGrant[]): Grant[] {
  const isOwnerFull = (g: AclGrant): boolean =>
    g.grantee.type === 'user' && g.grantee.id === ownerId && g.permission === 'FULL_CONTROL';
  return [
    { Grantee: { Type: 'CanonicalUser', ID: ownerId }, Permission: 'FULL_CONTROL' },
    ...grants
      .filter((g) => !isOwnerFull(g))
      .map((g) => ({ Grantee: granteeToS3(g.grantee), Permission: g.permission })),
  ];
}

async function readAcl(client: S3Client, target: AclTarget, signal?: AbortSignal): Promise<Acl> {
  const { bucket: Bucket, key: Key } = target;
  const out =
    Key === undefined
      ? await client.send(new GetBucketAclCommand({ Bucket }), { abortSignal: signal })
      : await client.send(new GetObjectAclCommand({ Bucket, Key }), { abortSignal: signal });
  return aclFromS3(out.Owner, out.Grants ?? []);
}

/** Every bucket and object has an ACL, so the state is always 'set'. */
export async function getAcl(
  client: S3Client,
  target: AclTarget,
  signal?: AbortSignal,
): Promise<ConfigState<Acl>> {
  return setConfig(await readAcl(client, target, signal));
}

function bucketCannedAcl(acl: CannedAcl): BucketCannedACL {
  if (!(bucketCannedAcls as readonly string[]).includes(acl)) {
    throw new AppError('InvalidInput', `acl: "${acl}" is for objects, not buckets`, {
      fields: ['acl.acl'],
    });
  }
  return acl as BucketCannedACL;
}

export async function putAcl(
  session: Pick<S3Session, 'client' | 'dialect'>,
  target: AclTarget,
  change: AclChange,
  signal?: AbortSignal,
): Promise<void> {
  const problem = aclChangeProblem(session.dialect, change);
  if (problem !== undefined) throw problem;
  const { client } = session;
  const { bucket: Bucket, key: Key } = target;
  let policy: AccessControlPolicy | undefined;
  if (change.kind === 'grants') {
    const { owner } = await readAcl(client, target, signal);
    policy = { Owner: { ID: owner.id }, Grants: grantsWithOwner(owner.id, change.grants) };
  }
  const canned = change.kind === 'canned' ? change.acl : undefined;
  if (Key === undefined) {
    const command = new PutBucketAclCommand({
      Bucket,
      ACL: canned === undefined ? undefined : bucketCannedAcl(canned),
      AccessControlPolicy: policy,
    });
    await client.send(await withCompatibleChecksum(client, command), { abortSignal: signal });
  } else {
    const command = new PutObjectAclCommand({
      Bucket,
      Key,
      ACL: canned,
      AccessControlPolicy: policy,
    });
    await client.send(await withCompatibleChecksum(client, command), { abortSignal: signal });
  }
}
