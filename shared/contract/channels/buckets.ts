import { z } from 'zod';
import { newBucketNameSchema } from '../../domain/bucket-name.js';
import {
  bucketCannedAclSchema,
  bucketDeleteProgressSchema,
  bucketHeadSchema,
  bucketRegionSchema,
} from '../../domain/bucket-ops.js';
import { operationIdSchema } from '../../domain/object-delete.js';
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
  'buckets.delete': {
    input: z
      .object({
        ...bucketRef,
        /** Delete every object and abort every unfinished upload before the bucket. */
        emptyFirst: z.boolean().optional(),
        operationId: operationIdSchema,
      })
      .strict(),
    output: empty,
  },
} as const;

export const bucketEvents = {
  'buckets.deleteProgress': bucketDeleteProgressSchema,
} as const;
