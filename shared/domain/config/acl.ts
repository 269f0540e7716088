import { z } from 'zod';

export const aclPermissions = ['READ', 'WRITE', 'READ_ACP', 'WRITE_ACP', 'FULL_CONTROL'] as const;
export const aclPermissionSchema = z.enum(aclPermissions);
export type AclPermission = z.infer<typeof aclPermissionSchema>;

/** The predefined groups S3 knows, by the last segment of their URI. */
export const aclGroupUris = {
  AllUsers: 'http://acs.amazonaws.com/groups/global/AllUsers',
  AuthenticatedUsers: 'http://acs.amazonaws.com/groups/global/AuthenticatedUsers',
  LogDelivery: 'http://acs.amazonaws.com/groups/s3/LogDelivery',
} as const;
export type AclGroup = keyof typeof aclGroupUris;
export const aclGroupSchema = z.enum(Object.keys(aclGroupUris) as [AclGroup, ...AclGroup[]]);

export const aclGranteeSchema = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('user'),
      /** Canonical user id (on RGW, the user id). */
      id: z.string().trim().min(1, 'is required').max(256),
      /** Reported by the server; ignored when sent. */
      displayName: z.string().optional(),
    })
    .strict(),
  z
    .object({
      type: z.literal('email'),
      email: z.email('is not an e-mail address').max(320),
    })
    .strict(),
  z.object({ type: z.literal('group'), group: aclGroupSchema }).strict(),
]);
export type AclGrantee = z.infer<typeof aclGranteeSchema>;

export const aclGrantSchema = z
  .object({ grantee: aclGranteeSchema, permission: aclPermissionSchema })
  .strict();
export type AclGrant = z.infer<typeof aclGrantSchema>;

export const aclOwnerSchema = z.object({
  id: z.string(),
  displayName: z.string().optional(),
});
export type AclOwner = z.infer<typeof aclOwnerSchema>;

/** What the server holds: the owner and every grant, the owner's own included. */
export const aclSchema = z.object({
  owner: aclOwnerSchema,
  grants: z.array(aclGrantSchema),
});
export type Acl = z.infer<typeof aclSchema>;

export const bucketCannedAcls = [
  'private',
  'public-read',
  'public-read-write',
  'authenticated-read',
] as const;
export const objectCannedAcls = [
  ...bucketCannedAcls,
  'aws-exec-read',
  'bucket-owner-read',
  'bucket-owner-full-control',
] as const;
export const cannedAclSchema = z.enum(objectCannedAcls);
export type CannedAcl = z.infer<typeof cannedAclSchema>;

/** AWS caps an access control list at 100 grants. */
export const ACL_MAX_GRANTS = 100;

/**
 * What to set: a canned ACL, or explicit grants. With grants, the owner keeps
 * FULL_CONTROL whether listed or not, so nobody locks themselves out by accident.
 */
export const aclChangeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('canned'), acl: cannedAclSchema }).strict(),
  z
    .object({
      kind: z.literal('grants'),
      grants: z.array(aclGrantSchema).max(ACL_MAX_GRANTS - 1, 'at most 99 besides the owner'),
    })
    .strict(),
]);
export type AclChange = z.infer<typeof aclChangeSchema>;
