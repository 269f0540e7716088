import { z } from 'zod';
import { roleArnSchema, roleSessionNameSchema } from './assume-role.js';

/**
 * A file the user keeps (like the AWS CLI's `web_identity_token_file`): a full path, or one
 * starting with `~/` for the home folder. It is the user's own configuration, read by the core
 * at each renewal so a token rewritten by its issuer is used.
 */
export const tokenFilePathSchema = z
  .string()
  .trim()
  .min(1, 'is required')
  .max(4096)
  .regex(/^(~[/\\]|\/|[A-Za-z]:[/\\]|\\\\)/, 'must be a full path, or start with ~/');

/**
 * STS AssumeRoleWithWebIdentity: temporary keys for `roleArn`, traded for the OIDC token in
 * `tokenFile` (no keys of its own are needed to ask).
 */
export const webIdentitySourceSchema = z
  .object({
    kind: z.literal('webIdentity'),
    roleArn: roleArnSchema,
    sessionName: roleSessionNameSchema,
    tokenFile: tokenFilePathSchema,
  })
  .strict();
export type WebIdentitySource = z.infer<typeof webIdentitySourceSchema>;
