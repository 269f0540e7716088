import { z } from 'zod';
import { assumeRoleSourceSchema } from './assume-role.js';
import { splitCommandLine } from './command-line.js';
import { ssoSourceSchema } from './sso.js';
import { webIdentitySourceSchema } from './web-identity.js';

export const credentialSourceKinds = [
  'static',
  'awsProfile',
  'process',
  'assumeRole',
  'webIdentity',
  'sso',
] as const;
export type CredentialSourceKind = (typeof credentialSourceKinds)[number];

/** A profile name as the AWS CLI files hold it: `[name]` or `[profile name]`. */
export const awsProfileNameSchema = z
  .string()
  .trim()
  .min(1, 'is required')
  .max(128)
  .regex(/^[^[\]\s]+$/, 'may not hold spaces or brackets');

export const credentialCommandSchema = z
  .string()
  .trim()
  .max(4096)
  .superRefine((command, ctx) => {
    const split = splitCommandLine(command);
    if (!split.ok) ctx.addIssue({ code: 'custom', message: split.reason });
  });

/**
 * Where a connection's keys come from. `static`: the access key on the profile and its sealed
 * secret (and session token, if any). `awsProfile`: a profile of the AWS CLI files, read again
 * whenever they change, so rotated keys just work. `process`: a `credential_process` command
 * whose JSON answer gives the keys. `assumeRole`: temporary keys from STS (assume-role.ts).
 * `webIdentity`: temporary keys traded for an OIDC token file (web-identity.ts). `sso`: keys
 * from IAM Identity Center after a sign-in in the browser (sso.ts).
 * A stored profile without a source is `static`.
 */
export const credentialSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('static') }).strict(),
  z.object({ kind: z.literal('awsProfile'), profileName: awsProfileNameSchema }).strict(),
  z.object({ kind: z.literal('process'), command: credentialCommandSchema }).strict(),
  assumeRoleSourceSchema,
  webIdentitySourceSchema,
  ssoSourceSchema,
]);
export type CredentialSource = z.infer<typeof credentialSourceSchema>;

export const staticCredentials: CredentialSource = { kind: 'static' };

/** The draft's session token: omitted keeps the stored one, empty removes it. Static keys only. */
export const sessionTokenDraftSchema = z.string().trim().max(8192).optional();

/** The source a profile stands for: an old profile without one holds static keys. */
export function sourceOf(profile: { credentialSource?: CredentialSource | undefined }) {
  return profile.credentialSource ?? staticCredentials;
}

interface DraftCredentials {
  credentialSource?: CredentialSource | undefined;
  accessKeyId: string;
  secretAccessKey?: string | undefined;
  sessionToken?: string | undefined;
}

/**
 * What a draft's source asks of its other fields: static keys need an access key; the other
 * sources bring their own keys, so a typed key, secret or token would be silently unused.
 */
export function checkDraftCredentials(draft: DraftCredentials, ctx: z.RefinementCtx): void {
  if (sourceOf(draft).kind === 'static') {
    if (draft.accessKeyId === '') {
      ctx.addIssue({ code: 'custom', path: ['accessKeyId'], message: 'is required' });
    }
    return;
  }
  for (const field of ['accessKeyId', 'secretAccessKey', 'sessionToken'] as const) {
    if ((draft[field] ?? '') !== '') {
      ctx.addIssue({
        code: 'custom',
        path: [field],
        message: 'is only for a connection with its own access key',
      });
    }
  }
}
