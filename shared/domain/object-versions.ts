import { z } from 'zod';
import { keyPrefixSchema } from './object-key.js';
import { versionIdSchema } from './object-lock.js';

/** One definition of a version id for the contract (object lock and the versions browser). */
export { versionIdSchema } from './object-lock.js';

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
