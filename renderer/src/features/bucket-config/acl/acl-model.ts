import { bucketCannedAcls } from '../../../../../shared/domain/config/acl.js';
import type { AclGrant, AclGrantee, AclOwner } from '../../../../../shared/domain/config/acl.js';

export type BucketCannedAcl = (typeof bucketCannedAcls)[number];

/**
 * An ACL as the editor holds it: the owner (shown, never sent: the server keeps its own), the
 * grants, and the canned ACL picked, if any. Picking one fills the grants with what it means,
 * so the raw view and the review diff show the grants it will produce.
 */
export interface AclModel {
  owner: AclOwner;
  canned: BucketCannedAcl | undefined;
  grants: AclGrant[];
}

export function ownerGrant(owner: AclOwner): AclGrant {
  const grantee: AclGrantee =
    owner.displayName === undefined
      ? { type: 'user', id: owner.id }
      : { type: 'user', id: owner.id, displayName: owner.displayName };
  return { grantee, permission: 'FULL_CONTROL' };
}

/** What S3 makes of a canned ACL: the owner's full control, plus the group grants it names. */
export function cannedGrants(canned: BucketCannedAcl, owner: AclOwner): AclGrant[] {
  const group = (name: 'AllUsers' | 'AuthenticatedUsers', permission: 'READ' | 'WRITE') => ({
    grantee: { type: 'group' as const, group: name },
    permission,
  });
  const extra: Record<BucketCannedAcl, AclGrant[]> = {
    private: [],
    'public-read': [group('AllUsers', 'READ')],
    'public-read-write': [group('AllUsers', 'READ'), group('AllUsers', 'WRITE')],
    'authenticated-read': [group('AuthenticatedUsers', 'READ')],
  };
  return [ownerGrant(owner), ...extra[canned]];
}

export function withCanned(model: AclModel, canned: BucketCannedAcl): AclModel {
  return { ...model, canned, grants: cannedGrants(canned, model.owner) };
}

function grantKey({ grantee, permission }: AclGrant): string {
  const who =
    grantee.type === 'user'
      ? `user:${grantee.id}`
      : grantee.type === 'email'
        ? `email:${grantee.email.toLowerCase()}`
        : `group:${grantee.group}`;
  return `${who} ${permission}`;
}

export function sameGrants(a: readonly AclGrant[], b: readonly AclGrant[]): boolean {
  const keys = (list: readonly AclGrant[]) => [...new Set(list.map(grantKey))].sort().join('\n');
  return keys(a) === keys(b);
}

/** The canned ACL these grants amount to, if any (display names aside, in any order). */
export function matchingCanned(model: AclModel): BucketCannedAcl | undefined {
  return (
    model.canned ??
    bucketCannedAcls.find((c) => sameGrants(cannedGrants(c, model.owner), model.grants))
  );
}

export function duplicateGrants(grants: readonly AclGrant[]): number[] {
  const seen = new Set<string>();
  const twice: number[] = [];
  grants.forEach((grant, index) => {
    const key = grantKey(grant);
    if (seen.has(key)) twice.push(index);
    seen.add(key);
  });
  return twice;
}
