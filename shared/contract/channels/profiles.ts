import { z } from 'zod';
import { hostInfoSchema } from '../../domain/host.js';
import { profileDraftSchema, profileIdSchema, profileSummarySchema } from '../../domain/profile.js';

export const none = z.object({}).strict();

export const profileChannels = {
  'host.info': { input: none, output: hostInfoSchema },
  'profiles.list': { input: none, output: z.array(profileSummarySchema) },
  'profiles.save': { input: profileDraftSchema, output: profileSummarySchema },
  'profiles.delete': { input: z.object({ id: profileIdSchema }).strict(), output: none },
  'profiles.test': {
    input: z.union([
      z.object({ id: profileIdSchema }).strict(),
      z.object({ draft: profileDraftSchema }).strict(),
    ]),
    output: z.object({ bucketCount: z.number(), elapsedMs: z.number() }),
  },
} as const;

export const profileEvents = {
  'profiles.changed': z.object({ profiles: z.array(profileSummarySchema) }),
} as const;
