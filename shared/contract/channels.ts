import { z } from 'zod';
import { hostInfoSchema } from '../domain/host.js';
import { bucketNameSchema, bucketRowSchema, objectPageSchema } from '../domain/listing.js';
import { profileDraftSchema, profileIdSchema, profileSummarySchema } from '../domain/profile.js';

const none = z.object({}).strict();

/** Every call the renderer can make: channel → { input, output }. */
export const channels = {
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

  'buckets.list': {
    input: z.object({ profileId: profileIdSchema }).strict(),
    output: z.array(bucketRowSchema),
  },

  'objects.list': {
    input: z
      .object({
        profileId: profileIdSchema,
        bucket: bucketNameSchema,
        prefix: z.string().max(1024),
        continuationToken: z.string().max(4096).optional(),
        maxKeys: z.number().int().min(1).max(1000).optional(),
      })
      .strict(),
    output: objectPageSchema,
  },
} as const;

export type Channels = typeof channels;
export type ChannelName = keyof Channels;
/** What a caller passes (before defaults and transforms). */
export type ChannelInput<C extends ChannelName> = z.input<Channels[C]['input']>;
/** What a handler receives (after validation). */
export type ParsedInput<C extends ChannelName> = z.output<Channels[C]['input']>;
export type ChannelOutput<C extends ChannelName> = z.output<Channels[C]['output']>;
