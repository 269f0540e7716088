import { z } from 'zod';
import { bucketNameSchema, bucketRowSchema } from '../../domain/listing.js';
import { profileIdSchema } from '../../domain/profile.js';

export const bucketChannels = {
  'buckets.list': {
    input: z.object({ profileId: profileIdSchema }).strict(),
    output: z.array(bucketRowSchema),
  },
} as const;

export const bucketEvents = {} as const;

// Used by the other domain files for their `{ profileId, bucket }` inputs.
export const bucketRef = { profileId: profileIdSchema, bucket: bucketNameSchema };
