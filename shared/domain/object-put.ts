import { z } from 'zod';
import { grantIdSchema } from './local-grant.js';
import { utf8Length } from './object-key.js';

export const MAX_TEXT_BYTES = 1024 * 1024;
/** AWS caps user metadata at 2 KB (names and values); others are at least as strict. */
export const MAX_METADATA_BYTES = 2048;

/** RFC 9110 token characters: what may stand in a header name. */
const headerToken = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** Printable ASCII: Node refuses other bytes in header values, and S3 would mangle them. */
const headerText = /^[\x20-\x7e]*$/;

const headerValue = (max: number) =>
  z.string().max(max).regex(headerText, 'may only hold printable ASCII characters');

export const objectMetadataSchema = z
  .record(
    z.string().min(1).max(128).regex(headerToken, 'may only hold header-safe ASCII characters'),
    headerValue(MAX_METADATA_BYTES),
  )
  .refine(
    (meta) =>
      Object.entries(meta).reduce((n, [k, v]) => n + k.length + v.length, 0) <= MAX_METADATA_BYTES,
    `must be at most ${MAX_METADATA_BYTES} bytes in all`,
  )
  .refine((meta) => {
    // S3 lower-cases names, so "A" and "a" would silently become one entry.
    const names = Object.keys(meta).map((k) => k.toLowerCase());
    return new Set(names).size === names.length;
  }, 'names must differ in more than letter case');

/** Storage classes the seed providers accept on a single PUT. */
export const putStorageClassSchema = z.enum(['STANDARD', 'REDUCED_REDUNDANCY']);

export const putSourceSchema = z.discriminatedUnion('kind', [
  /** A file the host reads and streams (a read grant); the renderer never holds its bytes. */
  z.object({ kind: z.literal('file'), grant: grantIdSchema }).strict(),
  /** Small text: folder markers ("" under a key ending in "/") and small text files. */
  z
    .object({
      kind: z.literal('text'),
      text: z
        .string()
        .refine((t) => utf8Length(t) <= MAX_TEXT_BYTES, 'must be at most 1 MiB of UTF-8'),
    })
    .strict(),
]);
export type PutSource = z.infer<typeof putSourceSchema>;

export const putOptionsShape = {
  contentType: headerValue(256).optional(),
  cacheControl: headerValue(256).optional(),
  metadata: objectMetadataSchema.optional(),
  storageClass: putStorageClassSchema.optional(),
};

export const putResultSchema = z.object({ etag: z.string().nullable() });
export type PutResult = z.infer<typeof putResultSchema>;
