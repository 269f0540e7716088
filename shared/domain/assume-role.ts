import { z } from 'zod';

/** What AWS allows in a role session name; RGW uses the same rule. */
const sessionNamePattern = /^[\w+=,.@-]{2,64}$/;

export const roleSessionNameSchema = z
  .string()
  .trim()
  .regex(sessionNamePattern, 'must be 2 to 64 letters, digits or +=,.@_-');

/** `arn:aws:iam::123456789012:role/path/Name`; RGW's roles have no account: `arn:aws:iam:::role/Name`. */
export const roleArnSchema = z
  .string()
  .trim()
  .max(2048)
  .regex(
    /^arn:[a-z-]+:iam::\d*:role\/[\w+=,.@/-]+$/,
    'is not a role ARN (arn:aws:iam::ACCOUNT:role/NAME)',
  );

export const ROLE_DURATION_MIN_SECONDS = 900;
export const ROLE_DURATION_MAX_SECONDS = 43_200;
export const ROLE_DURATION_DEFAULT_SECONDS = 3600;

/**
 * The keys an assumed role is asked with: another saved connection's, an AWS profile's, or the
 * app's environment (`AWS_ACCESS_KEY_ID`…, an AWS CLI profile's `credential_source = Environment`).
 */
export const roleCallerSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('connection'),
      connectionId: z.string().min(1, 'is required').max(128),
    })
    .strict(),
  z
    .object({
      kind: z.literal('awsProfile'),
      profileName: z
        .string()
        .trim()
        .min(1, 'is required')
        .max(128)
        .regex(/^[^[\]\s]+$/, 'may not hold spaces or brackets'),
    })
    .strict(),
  z.object({ kind: z.literal('environment') }).strict(),
]);
export type RoleCaller = z.infer<typeof roleCallerSchema>;

/**
 * STS AssumeRole: temporary keys for `roleArn`, asked for with the caller's keys. With an MFA
 * serial, each request for keys asks the user for a code first; the code is never stored.
 */
export const assumeRoleSourceSchema = z
  .object({
    kind: z.literal('assumeRole'),
    caller: roleCallerSchema,
    roleArn: roleArnSchema,
    sessionName: roleSessionNameSchema,
    externalId: z
      .string()
      .trim()
      .regex(/^[\w+=,.@:/-]{2,1224}$/, 'must be 2 to 1224 letters, digits or +=,.@:/_-')
      .optional(),
    durationSeconds: z
      .number()
      .int('must be whole seconds')
      .min(ROLE_DURATION_MIN_SECONDS, 'must be at least 900 seconds (15 minutes)')
      .max(ROLE_DURATION_MAX_SECONDS, 'must be at most 43200 seconds (12 hours)'),
    mfaSerial: z
      .string()
      .trim()
      .regex(/^[\w+=/:,.@-]{9,256}$/, 'is not an MFA device serial number or ARN')
      .optional(),
  })
  .strict();
export type AssumeRoleSource = z.infer<typeof assumeRoleSourceSchema>;

/** An MFA code as authenticator apps show it. */
export const mfaCodeSchema = z
  .string()
  .trim()
  .regex(/^\d{6}$/, 'must be the 6 digits your authenticator shows');
