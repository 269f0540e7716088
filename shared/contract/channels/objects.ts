import { z } from 'zod';
import { deleteManyResultSchema } from '../../domain/object-delete.js';
import { objectHeadSchema } from '../../domain/object-head.js';
import { keyPrefixSchema, objectKeySchema } from '../../domain/object-key.js';
import { putOptionsShape, putResultSchema, putSourceSchema } from '../../domain/object-put.js';
import { checkReadRange, objectChunkSchema, readRangeShape } from '../../domain/object-read.js';
import { objectPageSchema } from '../../domain/listing.js';
import { versionIdSchema } from '../../domain/object-versions.js';
import { objectTagSetSchema, storedTagSetSchema } from '../../domain/tags.js';
import { bucketRef } from './buckets.js';

const objectRef = { ...bucketRef, key: objectKeySchema };
/** Reads may name one version of the object; without it they read the latest. */
const readRef = { ...objectRef, versionId: versionIdSchema.optional() };
const empty = z.object({}).strict();

/** Enough for a large selection, small enough to stay a sane IPC message. */
const MAX_KEYS_PER_CALL = 100_000;

export const objectChannels = {
  'objects.list': {
    input: z
      .object({
        ...bucketRef,
        prefix: keyPrefixSchema,
        continuationToken: z.string().max(4096).optional(),
        maxKeys: z.number().int().min(1).max(1000).optional(),
        /** Ask for each object's owner in the same ListObjectsV2 call (for the Owner column). */
        fetchOwner: z.boolean().optional(),
      })
      .strict(),
    output: objectPageSchema,
  },
  'objects.put': {
    input: z.object({ ...objectRef, source: putSourceSchema, ...putOptionsShape }).strict(),
    output: putResultSchema,
  },
  /** A byte range for previews, at most 1 MiB per call. */
  'objects.read': {
    input: z
      .object({ ...readRef, ...readRangeShape })
      .strict()
      .superRefine(checkReadRange),
    output: objectChunkSchema,
  },
  'objects.head': {
    input: z.object(readRef).strict(),
    output: objectHeadSchema,
  },
  /**
   * The one delete. With a version id it deletes that version for good, or that delete marker
   * (which undeletes the key when it was the latest); cannot be undone. Without one, a versioned
   * bucket adds a delete marker.
   */
  'objects.delete': {
    input: z.object({ ...objectRef, versionId: versionIdSchema.optional() }).strict(),
    output: empty,
  },
  'objects.deleteMany': {
    input: z
      .object({ ...bucketRef, keys: z.array(objectKeySchema).min(1).max(MAX_KEYS_PER_CALL) })
      .strict(),
    output: deleteManyResultSchema,
  },
  'objects.tags.get': {
    input: z.object(readRef).strict(),
    output: z.object({ tags: storedTagSetSchema }).strict(),
  },
  /** Replaces the object's whole tag set; an empty set removes its tags. */
  'objects.tags.put': {
    input: z.object({ ...objectRef, tags: objectTagSetSchema }).strict(),
    output: empty,
  },
} as const;
