import { z } from 'zod';
import { configStateSchema } from '../../domain/config/state.js';
import { objectKeySchema } from '../../domain/object-key.js';
import {
  objectLockConfigSchema,
  objectRetentionSchema,
  versionIdSchema,
} from '../../domain/object-lock.js';
import { bucketRef } from './buckets.js';

const empty = z.object({}).strict();
/** One object, or one version of it when a version id is given (the latest otherwise). */
const versionRef = { ...bucketRef, key: objectKeySchema, versionId: versionIdSchema.optional() };

/**
 * Object lock: a bucket's default retention, and each version's retention and legal hold.
 * A bucket created without object lock answers `none` to `config.objectLock.get`.
 */
export const objectLockChannels = {
  'config.objectLock.get': {
    input: z.object(bucketRef).strict(),
    output: configStateSchema(objectLockConfigSchema),
  },
  /** Sets the default retention; `defaultRetention: null` removes it. */
  'config.objectLock.put': {
    input: z.object({ ...bucketRef, config: objectLockConfigSchema }).strict(),
    output: empty,
  },
  'objects.retention.get': {
    input: z.object(versionRef).strict(),
    output: z.object({ retention: objectRetentionSchema.nullable() }).strict(),
  },
  /**
   * Sets, extends, shortens or (null) removes a version's retention. Shortening, removing or
   * changing a running governance retention needs `bypassGovernance: true`, which sends
   * `x-amz-bypass-governance-retention`; the server refuses it otherwise.
   */
  'objects.retention.put': {
    input: z
      .object({
        ...versionRef,
        retention: objectRetentionSchema.nullable(),
        bypassGovernance: z.boolean().optional(),
      })
      .strict(),
    output: empty,
  },
  'objects.legalHold.get': {
    input: z.object(versionRef).strict(),
    output: z.object({ on: z.boolean() }).strict(),
  },
  'objects.legalHold.put': {
    input: z.object({ ...versionRef, on: z.boolean() }).strict(),
    output: empty,
  },
} as const;

export const objectLockEvents = {} as const;
