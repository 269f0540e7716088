import { aclGroupUris, aclPermissions } from '../../../../../shared/domain/config/acl.js';
import type {
  AclGrant,
  AclGrantee,
  AclGroup,
  AclPermission,
} from '../../../../../shared/domain/config/acl.js';
import type { AclModel } from './acl-model.js';
import { aclMessages as m } from './messages.js';

/** The ACL as the AWS CLI prints it (get-bucket-acl), keys in its order. */
export function aclJson(model: AclModel): Record<string, unknown> {
  const { owner } = model;
  return {
    Owner: {
      ...(owner.displayName === undefined ? {} : { DisplayName: owner.displayName }),
      ID: owner.id,
    },
    Grants: model.grants.map(({ grantee, permission }) => ({
      Grantee: granteeJson(grantee),
      Permission: permission,
    })),
  };
}

function granteeJson(grantee: AclGrantee): Record<string, string> {
  switch (grantee.type) {
    case 'user':
      return {
        ...(grantee.displayName === undefined ? {} : { DisplayName: grantee.displayName }),
        ID: grantee.id,
        Type: 'CanonicalUser',
      };
    case 'email':
      return { EmailAddress: grantee.email, Type: 'AmazonCustomerByEmail' };
    case 'group':
      return { Type: 'Group', URI: aclGroupUris[grantee.group] };
  }
}

/** Why a document is not an ACL, at its path in the AWS CLI's names (Grants.0.Grantee.ID). */
export class AclReadProblem extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown, path: string, required: boolean): string | undefined {
  if (value === undefined && !required) return undefined;
  if (typeof value !== 'string') throw new AclReadProblem(path, m.problems.text(path));
  return value;
}

const groupByUri = new Map<string, AclGroup>(
  Object.entries(aclGroupUris).map(([group, uri]) => [uri, group as AclGroup]),
);

/** A grantee from its fields; `type` may be missing in XML read loosely (then the fields tell). */
export function readGrantee(value: unknown, path: string): AclGrantee {
  if (!isRecord(value)) throw new AclReadProblem(path, m.problems.grantee);
  const type =
    text(value['Type'], `${path}.Type`, false) ??
    (value['ID'] !== undefined
      ? 'CanonicalUser'
      : value['EmailAddress'] !== undefined
        ? 'AmazonCustomerByEmail'
        : 'Group');
  switch (type) {
    case 'CanonicalUser': {
      const id = text(value['ID'], `${path}.ID`, true) ?? '';
      const displayName = text(value['DisplayName'], `${path}.DisplayName`, false);
      return displayName === undefined ? { type: 'user', id } : { type: 'user', id, displayName };
    }
    case 'AmazonCustomerByEmail':
      return {
        type: 'email',
        email: text(value['EmailAddress'], `${path}.EmailAddress`, true) ?? '',
      };
    case 'Group': {
      const uri = text(value['URI'], `${path}.URI`, true) ?? '';
      const group = groupByUri.get(uri);
      if (group === undefined) throw new AclReadProblem(`${path}.URI`, m.problems.group(uri));
      return { type: 'group', group };
    }
    default:
      throw new AclReadProblem(`${path}.Type`, m.problems.granteeType(type));
  }
}

export function readPermission(value: unknown, path: string): AclPermission {
  if (typeof value !== 'string' || !(aclPermissions as readonly string[]).includes(value)) {
    throw new AclReadProblem(path, m.problems.permission(String(value)));
  }
  return value as AclPermission;
}

/** A parsed JSON value (AWS CLI form) as the editor's model. */
export function readAclJson(value: unknown): AclModel {
  if (!isRecord(value)) throw new AclReadProblem('', m.problems.notObject);
  const owner = value['Owner'];
  if (!isRecord(owner)) throw new AclReadProblem('Owner', m.problems.owner);
  const id = text(owner['ID'], 'Owner.ID', true) ?? '';
  const displayName = text(owner['DisplayName'], 'Owner.DisplayName', false);
  const grants = value['Grants'] ?? [];
  if (!Array.isArray(grants)) throw new AclReadProblem('Grants', m.problems.grants);
  return {
    owner: displayName === undefined ? { id } : { id, displayName },
    canned: undefined,
    grants: grants.map((grant: unknown, i): AclGrant => {
      if (!isRecord(grant)) throw new AclReadProblem(`Grants.${i}`, m.problems.grant);
      return {
        grantee: readGrantee(grant['Grantee'], `Grants.${i}.Grantee`),
        permission: readPermission(grant['Permission'], `Grants.${i}.Permission`),
      };
    }),
  };
}
