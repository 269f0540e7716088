import { z } from 'zod';
import { newBucketNameSchema } from '../../domain/bucket-name.js';
import {
  bucketCannedAclSchema,
  bucketHeadSchema,
  bucketRegionSchema,
} from '../../domain/bucket-ops.js';
import { bucketNameSchema, bucketRowSchema } from '../../domain/listing.js';
import { profileIdSchema } from '../../domain/profile.js';

// Used by the other domain files for their `{ profileId, bucket }` inputs.
export const bucketRef = { profileId: profileIdSchema, bucket: bucketNameSchema };

const empty = z.object({}).strict();

export const bucketChannels = {
  'buckets.list': {
    input: z.object({ profileId: profileIdSchema }).strict(),
    output: z.array(bucketRowSchema),
  },
  'buckets.create': {
    input: z
      .object({
        profileId: profileIdSchema,
        bucket: newBucketNameSchema,
        /** LocationConstraint; omitted means the server's default region. */
        region: bucketRegionSchema.optional(),
        acl: bucketCannedAclSchema.optional(),
        /** S3's ObjectLockEnabledForBucket: also turns versioning on; neither can be undone. */
        objectLock: z.boolean().optional(),
      })
      .strict(),
    output: z.object({ location: z.string().nullable() }),
  },
  'buckets.head': {
    input: z.object(bucketRef).strict(),
    output: bucketHeadSchema,
  },
  /**
   * An empty bucket; one that holds anything is BucketNotEmpty, as S3 answers. Emptying it first
   * is a task (tasks.start, kind emptyBucket), which can delete the bucket once empty.
   */
  'buckets.delete': {
    input: z.object(bucketRef).strict(),
    output: empty,
  },
} as const;
