import { z } from 'zod';
import { keyPrefixSchema } from './object-key.js';

/**
 * A version id as S3 hands it out: opaque text, "null" for the version written before
 * versioning was enabled. It travels in a query string, so it must be printable ASCII.
 */
export const versionIdSchema = z
  .string()
  .min(1, 'is required')
  .max(1024, 'must be at most 1,024 characters')
  .regex(/^[\x21-\x7e]+$/, 'must be printable ASCII without spaces');

/** One version or delete marker of a key, as ListObjectVersions reports it. */
export const objectVersionRowSchema = z.object({
  key: z.string(),
  versionId: z.string(),
  /** The key's current version (a delete marker here means the key looks deleted). */
  isLatest: z.boolean(),
  deleteMarker: z.boolean(),
  /** 0 for a delete marker. */
  size: z.number(),
  lastModified: z.string().nullable(),
  etag: z.string().nullable(),
  storageClass: z.string().nullable(),
});
export type ObjectVersionRow = z.infer<typeof objectVersionRowSchema>;

/** Where the next page of versions starts: after this version of this key. */
export const versionCursorSchema = z
  .object({ keyMarker: keyPrefixSchema, versionIdMarker: versionIdSchema.optional() })
  .strict();
export type VersionCursor = z.infer<typeof versionCursorSchema>;

export const versionPageSchema = z.object({
  prefix: z.string(),
  folders: z.array(z.string()),
  /** Keys in listing order, each key's versions newest first. */
  versions: z.array(objectVersionRowSchema),
  next: versionCursorSchema.nullable(),
});
export type VersionPage = z.infer<typeof versionPageSchema>;

/** The version of each key that was current at an instant: what the folder looked like then. */
export const asOfPageSchema = z.object({
  prefix: z.string(),
  folders: z.array(z.string()),
  objects: z.array(objectVersionRowSchema),
  /** The key after which the next page starts; null after the last. */
  nextKeyMarker: z.string().nullable(),
});
export type AsOfPage = z.infer<typeof asOfPageSchema>;

/** An instant as ISO 8601 with a zone, e.g. 2026-03-01T12:00:00Z; refuses what Date cannot read. */
export const instantSchema = z.iso
  .datetime({
    offset: true,
    error: 'must be a date and time with a zone, e.g. 2026-03-01T12:00:00Z',
  })
  .refine((text) => Number.isFinite(Date.parse(text)), 'is not a real date and time');
