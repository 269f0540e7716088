import { z } from 'zod';
import { keyPrefixSchema, objectKeySchema } from '../../domain/object-key.js';
import {
  asOfPageSchema,
  instantSchema,
  versionCursorSchema,
  versionIdSchema,
  versionPageSchema,
} from '../../domain/object-versions.js';
import { bucketRef } from './buckets.js';

const versionRef = { ...bucketRef, key: objectKeySchema, versionId: versionIdSchema };

/** Object versions and delete markers (the versions browser); asked for only when shown. */
export const versionsChannels = {
  /** One page of ListObjectVersions under a folder, "/" folding deeper keys into folders. */
  'objects.versions.list': {
    input: z
      .object({
        ...bucketRef,
        prefix: keyPrefixSchema,
        cursor: versionCursorSchema.optional(),
        maxKeys: z.number().int().min(1).max(1000).optional(),
      })
      .strict(),
    output: versionPageSchema,
  },
  /** The folder as it was at an instant: each key's version current then, deleted keys left out. */
  'objects.versions.asOf': {
    input: z
      .object({
        ...bucketRef,
        prefix: keyPrefixSchema,
        at: instantSchema,
        keyMarker: keyPrefixSchema.optional(),
        maxKeys: z.number().int().min(1).max(1000).optional(),
      })
      .strict(),
    output: asOfPageSchema,
  },
  /** Copies a version onto its key, so that it becomes the latest; older versions stay. */
  'objects.versions.restore': {
    input: z.object(versionRef).strict(),
    output: z.object({ versionId: z.string().nullable() }).strict(),
  },
} as const;

export const versionsEvents = {} as const;
