import { z } from 'zod';
import { mfaCodeSchema } from '../../domain/assume-role.js';

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
  /** The prompt is answered, canceled or timed out: any dialog showing it closes. */
  'credentials.settled': z.object({ requestId: requestIdSchema }),
} as const;
