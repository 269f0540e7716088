import { z } from 'zod';

/**
 * IAM Identity Center (SSO): keys for `roleName` in `accountId`, fetched from the SSO portal
 * with a token the user grants in the browser (the OAuth device authorization flow). With
 * `sessionName` (an AWS CLI `[sso-session NAME]`), the token is cached under that name and can
 * be refreshed; without it, under the start URL, as the AWS CLI's legacy profiles do.
 */
export const ssoSourceSchema = z
  .object({
    kind: z.literal('sso'),
    startUrl: z
      .string()
      .trim()
      .max(2048)
      .regex(/^https?:\/\/[^\s/@]+(\/\S*)?$/, 'is not a start URL (https://…/start)'),
    ssoRegion: z
      .string()
      .trim()
      .regex(/^[a-z]{2}(-[a-z]+)+-\d+$/, 'is not an AWS region (like us-east-1)'),
    accountId: z
      .string()
      .trim()
      .regex(/^\d{12}$/, 'must be the 12 digits of an AWS account'),
    roleName: z
      .string()
      .trim()
      .regex(/^[\w+=,.@-]{1,64}$/, 'must be 1 to 64 letters, digits or +=,.@_-'),
    sessionName: z
      .string()
      .trim()
      .regex(/^[^[\]\s]{1,128}$/, 'may not hold spaces or brackets')
      .optional(),
  })
  .strict();
export type SsoSource = z.infer<typeof ssoSourceSchema>;
