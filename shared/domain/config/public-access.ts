import { z } from 'zod';
import type { Acl, AclGroup } from './acl.js';

/** S3's four public access block settings, each on or off (GetPublicAccessBlock). */
export const publicAccessBlockSchema = z
  .object({
    blockPublicAcls: z.boolean(),
    ignorePublicAcls: z.boolean(),
    blockPublicPolicy: z.boolean(),
    restrictPublicBuckets: z.boolean(),
  })
  .strict();
export type PublicAccessBlock = z.infer<typeof publicAccessBlockSchema>;
export type PublicAccessSetting = keyof PublicAccessBlock;

export const publicAccessSettings: readonly PublicAccessSetting[] = [
  'blockPublicAcls',
  'ignorePublicAcls',
  'blockPublicPolicy',
  'restrictPublicBuckets',
];

/** The ACL groups that stand for everybody: anyone at all, or anyone with any account. */
export type PublicGroup = Extract<AclGroup, 'AllUsers' | 'AuthenticatedUsers'>;
const everybody: readonly PublicGroup[] = ['AllUsers', 'AuthenticatedUsers'];

/** How a bucket is open to the public today, from its policy and its ACL. */
export interface PublicExposure {
  /** The policy allows someone not named (Principal "*") without a condition that fixes who. */
  policy: boolean;
  /** Groups of everybody the ACL grants something to. */
  aclGroups: readonly PublicGroup[];
}

export const notPublic: PublicExposure = { policy: false, aclGroups: [] };

// Condition keys that pin a request to fixed callers or networks: AWS counts such a statement
// as not public. Anything else (a Referer, a time) still lets anyone in.
const restrictingKeys = new Set(
  [
    'aws:SourceIp',
    'aws:SourceVpc',
    'aws:SourceVpce',
    'aws:SourceArn',
    'aws:SourceAccount',
    'aws:SourceOwner',
    'aws:PrincipalAccount',
    'aws:PrincipalArn',
    'aws:PrincipalOrgID',
    'aws:userid',
  ].map((key) => key.toLowerCase()),
);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : [value]);

function wildcardPrincipal(principal: unknown): boolean {
  if (principal === '*') return true;
  if (!isRecord(principal)) return false;
  return asList(principal['AWS']).includes('*');
}

/** A condition naming a fixed value (no wildcard) of a key that pins the caller. */
function restrictsCaller(condition: unknown): boolean {
  if (!isRecord(condition)) return false;
  return Object.values(condition).some(
    (test) =>
      isRecord(test) &&
      Object.entries(test).some(
        ([key, values]) =>
          restrictingKeys.has(key.toLowerCase()) &&
          asList(values).every((value) => typeof value === 'string' && !value.includes('*')),
      ),
  );
}

function publicStatement(statement: unknown): boolean {
  if (!isRecord(statement) || statement['Effect'] !== 'Allow') return false;
  // "Everyone but X" is as good as everyone.
  const open = 'NotPrincipal' in statement || wildcardPrincipal(statement['Principal']);
  return open && !restrictsCaller(statement['Condition']);
}

/** Whether a bucket policy grants public access in S3's sense; unreadable text grants nothing. */
export function policyGrantsPublicAccess(policyText: string | undefined): boolean {
  if (policyText === undefined) return false;
  let doc: unknown;
  try {
    doc = JSON.parse(policyText);
  } catch {
    return false;
  }
  return isRecord(doc) && asList(doc['Statement']).some(publicStatement);
}

/** The groups of everybody (anyone, any AWS user) an ACL grants a permission to. */
export function aclPublicGroups(acl: Acl | undefined): PublicGroup[] {
  const granted = new Set<AclGroup>();
  for (const { grantee } of acl?.grants ?? []) {
    if (grantee.type === 'group') granted.add(grantee.group);
  }
  return everybody.filter((group) => granted.has(group));
}

export function publicExposure(
  policyText: string | undefined,
  acl: Acl | undefined,
): PublicExposure {
  return { policy: policyGrantsPublicAccess(policyText), aclGroups: aclPublicGroups(acl) };
}

export const isPublic = (exposure: PublicExposure): boolean =>
  exposure.policy || exposure.aclGroups.length > 0;

/**
 * What the settings would do to the access the bucket grants now:
 * - `policyRestricted`: the public policy stops letting anonymous callers in;
 * - `policyBlocked`: the policy could not be put again as it is (nor a public one like it);
 * - `aclIgnored`: the ACL's grants to everybody stop counting;
 * - `aclBlocked`: an ACL granting everybody could not be set again.
 */
export type PublicAccessWarning =
  | { code: 'policyRestricted' | 'policyBlocked' }
  | { code: 'aclIgnored' | 'aclBlocked'; groups: readonly PublicGroup[] };

export function publicAccessWarnings(
  block: PublicAccessBlock,
  exposure: PublicExposure,
): PublicAccessWarning[] {
  const warnings: PublicAccessWarning[] = [];
  if (exposure.policy && block.restrictPublicBuckets) warnings.push({ code: 'policyRestricted' });
  if (exposure.policy && block.blockPublicPolicy) warnings.push({ code: 'policyBlocked' });
  const groups = exposure.aclGroups;
  if (groups.length > 0 && block.ignorePublicAcls) warnings.push({ code: 'aclIgnored', groups });
  if (groups.length > 0 && block.blockPublicAcls) warnings.push({ code: 'aclBlocked', groups });
  return warnings;
}
