import { z } from 'zod';
import { hostInfoSchema } from '../../domain/host.js';
import {
  addressingSchema,
  profileDraftSchema,
  profileIdSchema,
  profileSummarySchema,
  providerIdSchema,
} from '../../domain/profile.js';

export const none = z.object({}).strict();

/** A profile found in ~/.aws/credentials or ~/.aws/config; never carries its keys. */
export const awsCandidateSchema = z.object({
  name: z.string(),
  provider: providerIdSchema,
  region: z.string(),
  /** Empty means AWS's public endpoint. */
  endpoint: z.string(),
  addressing: addressingSchema,
  /** Both an access key and a secret were found. */
  hasKeys: z.boolean(),
  /** How an importable profile gives keys: keys, temporary keys with a token, or a program. */
  keysFrom: z.enum(['keys', 'temporaryKeys', 'process', 'role', 'webIdentity', 'sso']).optional(),
  /** Why it cannot be imported (SSO, a role, no keys …); absent when it can. */
  skipReason: z.string().optional(),
});
export type AwsCandidate = z.infer<typeof awsCandidateSchema>;

export const awsImportResultSchema = z.object({
  imported: z.array(profileSummarySchema),
  skipped: z.array(z.object({ name: z.string(), reason: z.string() })),
});
export type AwsImportResult = z.infer<typeof awsImportResultSchema>;

export const profileChannels = {
  'host.info': { input: none, output: hostInfoSchema },
  /** Remembered in the host's data folder; answers the host info as it now is. */
  'host.acknowledgeStorageWarning': { input: none, output: hostInfoSchema },
  'profiles.list': { input: none, output: z.array(profileSummarySchema) },
  'profiles.save': { input: profileDraftSchema, output: profileSummarySchema },
  'profiles.delete': { input: z.object({ id: profileIdSchema }).strict(), output: none },
  'profiles.test': {
    input: z.union([
      z.object({ id: profileIdSchema }).strict(),
      z.object({ draft: profileDraftSchema }).strict(),
    ]),
    output: z.object({
      bucketCount: z.number(),
      elapsedMs: z.number(),
      /** Set for a bucket-only connection: the bucket HeadBucket reached. */
      bucket: z.string().optional(),
    }),
  },
  'profiles.awsCandidates': { input: none, output: z.array(awsCandidateSchema) },
  'profiles.importAws': {
    input: z
      .object({ names: z.array(z.string().min(1).max(256)).min(1, 'is required').max(500) })
      .strict(),
    output: awsImportResultSchema,
  },
} as const;

export const profileEvents = {
  'profiles.changed': z.object({ profiles: z.array(profileSummarySchema) }),
} as const;
