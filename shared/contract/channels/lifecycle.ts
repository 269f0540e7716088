import { z } from 'zod';
import { lifecycleConfigSchema } from '../../domain/config/lifecycle.js';
import { configStateSchema } from '../../domain/config/state.js';
import { bucketRef } from './buckets.js';

const inBucket = z.object(bucketRef).strict();
const done = z.object({}).strict();

/** A bucket's lifecycle rules: what expires, moves or is cleaned up, and when. */
export const lifecycleChannels = {
  'config.lifecycle.get': { input: inBucket, output: configStateSchema(lifecycleConfigSchema) },
  /** Replaces every rule the bucket has. */
  'config.lifecycle.put': {
    input: z.object({ ...bucketRef, lifecycle: lifecycleConfigSchema }).strict(),
    output: done,
  },
  'config.lifecycle.delete': { input: inBucket, output: done },
} as const;

export const lifecycleEvents = {} as const;
