import { z } from 'zod';
import { versioningChangeSchema, versioningStateSchema } from '../../domain/config/versioning.js';
import { bucketRef } from './buckets.js';

/** Bucket versioning: the Versioning tab, and replication, which needs it on the source bucket. */
export const versioningChannels = {
  'versioning.get': {
    input: z.object(bucketRef).strict(),
    output: versioningStateSchema,
  },
  'versioning.put': {
    input: z.object({ ...bucketRef, status: versioningChangeSchema }).strict(),
    output: z.object({}).strict(),
  },
} as const;

export const versioningEvents = {} as const;
