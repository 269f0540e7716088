import { z } from 'zod';
import { mfaCodeSchema } from '../../domain/assume-role.js';
import { profileIdSchema } from '../../domain/profile.js';

const requestIdSchema = z.string().uuid();

export const credentialsChannels = {
  /**
   * Answers a `credentials.needed` prompt: the MFA code, or `cancel` (the sign-in then fails with
   * Canceled). The code is used for one STS request and never stored.
   */
  'credentials.answer': {
    input: z.union([
      z.object({ requestId: requestIdSchema, code: mfaCodeSchema }).strict(),
      z.object({ requestId: requestIdSchema, cancel: z.literal(true) }).strict(),
    ]),
    output: z.object({}).strict(),
  },
  /**
   * Signs the connection in again now: an IAM Identity Center source asks for a new sign-in in
   * the browser; any other source drops the keys it holds, so the next request fetches new ones
   * (asking for an MFA code if its role needs one).
   */
  'credentials.signIn': {
    input: z.object({ profileId: profileIdSchema }).strict(),
    output: z.object({}).strict(),
  },
  /** Ends an IAM Identity Center session: logs out at the portal and deletes the cached token. */
  'credentials.signOut': {
    input: z.object({ profileId: profileIdSchema }).strict(),
    output: z.object({}).strict(),
  },
} as const;

export const credentialsEvents = {
  /** The core needs an MFA code to sign in to `connectionName` with `roleArn`. */
  'credentials.needed': z.object({
    requestId: requestIdSchema,
    connectionName: z.string(),
    roleArn: z.string(),
    mfaSerial: z.string(),
    /** When the core stops waiting (epoch ms). */
    deadline: z.number(),
  }),
  /**
   * An IAM Identity Center sign-in waits for the user to approve `userCode` at the
   * verification URL; the page shows the code and opens the URL. Never carries a token.
   */
  'credentials.deviceCode': z.object({
    requestId: requestIdSchema,
    connectionName: z.string(),
    startUrl: z.string(),
    verificationUri: z.string(),
    verificationUriComplete: z.string(),
    userCode: z.string(),
    /** When the code stops working (epoch ms). */
    deadline: z.number(),
  }),
  /** The prompt is answered, canceled or timed out: any dialog showing it closes. */
  'credentials.settled': z.object({ requestId: requestIdSchema }),
} as const;
