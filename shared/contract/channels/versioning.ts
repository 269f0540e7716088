import { z } from 'zod';
import { versioningChangeSchema, versioningStatusSchema } from '../../domain/config/versioning.js';
import { bucketRef } from './buckets.js';

/** Bucket versioning (replication needs it on the source bucket). */
export const versioningChannels = {
  'versioning.get': {
    input: z.object(bucketRef).strict(),
    output: z.object({ status: versioningStatusSchema }),
  },
  'versioning.put': {
    input: z.object({ ...bucketRef, status: versioningChangeSchema }).strict(),
    output: z.object({}).strict(),
  },
} as const;

export const versioningEvents = {} as const;
