import { z } from 'zod';

export const objectHeadSchema = z.object({
  size: z.number(),
  etag: z.string().nullable(),
  contentType: z.string().nullable(),
  /** ISO 8601. */
  lastModified: z.string().nullable(),
  /** STANDARD when the server sends no header, as S3 does for standard objects. */
  storageClass: z.string(),
  cacheControl: z.string().nullable(),
  contentDisposition: z.string().nullable(),
  contentEncoding: z.string().nullable(),
  contentLanguage: z.string().nullable(),
  /** As the server sent it (an HTTP date, or whatever text was stored). */
  expires: z.string().nullable(),
  /** Null on unversioned buckets. */
  versionId: z.string().nullable(),
  /** User metadata, names lower-cased by the server. */
  metadata: z.record(z.string(), z.string()),
});
export type ObjectHead = z.infer<typeof objectHeadSchema>;
