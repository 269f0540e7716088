import { z } from 'zod';
import { bucketNameSchema } from './listing.js';
import { objectKeySchema } from './object-key.js';
import { storageClasses } from './storage-classes.js';

// AWS caps user metadata at 2 KB (keys plus values); other servers are stricter, never looser.
const MAX_METADATA_BYTES = 2048;

export const objectLocationSchema = z
  .object({ bucket: bucketNameSchema, key: objectKeySchema })
  .strict();
export type ObjectLocation = z.infer<typeof objectLocationSchema>;

export const storageClassSchema = z.enum(storageClasses);
export type StorageClass = z.infer<typeof storageClassSchema>;

// Metadata travels as HTTP headers: names must be header tokens and values printable
// ASCII, or Node refuses to send the request at all.
const metadataName = z
  .string()
  .min(1)
  .max(128)
  .regex(/^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/, 'must be letters, digits or - _ . characters');
const headerValue = z.string().regex(/^[\x20-\x7e]*$/, 'must be printable ASCII');

export const userMetadataSchema = z
  .record(metadataName, headerValue.max(MAX_METADATA_BYTES))
  .refine(
    (m) =>
      Object.entries(m).reduce((n, [k, v]) => n + k.length + v.length, 0) <= MAX_METADATA_BYTES,
    'must be at most 2 KB in total',
  );
export type UserMetadata = z.infer<typeof userMetadataSchema>;

export const contentTypeSchema = headerValue.min(1).max(256);
export const cacheControlSchema = headerValue.min(1).max(1024);
/** Content-Disposition, -Encoding and -Language: free header text, as S3 stores it. */
export const contentHeaderSchema = headerValue.min(1).max(1024);

export const copyConditionsSchema = z
  .object({
    ifMatch: headerValue.min(1).max(1024).optional(),
    ifNoneMatch: headerValue.min(1).max(1024).optional(),
    ifModifiedSince: z.iso.datetime({ offset: true }).optional(),
    ifUnmodifiedSince: z.iso.datetime({ offset: true }).optional(),
  })
  .strict();
export type CopyConditions = z.infer<typeof copyConditionsSchema>;

const tagText = z.string().regex(/^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u, 'has characters tags refuse');
export const objectTagsSchema = z
  .record(tagText.min(1).max(128), tagText.max(256))
  .refine((t) => Object.keys(t).length <= 10, 'may hold at most 10 tags');

export const directiveSchema = z.enum(['COPY', 'REPLACE']);

/** What REPLACE sets; under REPLACE every one left out is dropped from the copy. */
const replacedFields = [
  'metadata',
  'contentType',
  'cacheControl',
  'contentDisposition',
  'contentEncoding',
  'contentLanguage',
  'expires',
] as const;

/** How a copy treats metadata, storage class, tags and preconditions. */
export const copyOptionsSchema = z
  .object({
    /** COPY (the default) keeps the source's metadata; REPLACE uses the fields below. */
    metadataDirective: directiveSchema.optional(),
    metadata: userMetadataSchema.optional(),
    contentType: contentTypeSchema.optional(),
    cacheControl: cacheControlSchema.optional(),
    contentDisposition: contentHeaderSchema.optional(),
    contentEncoding: contentHeaderSchema.optional(),
    contentLanguage: contentHeaderSchema.optional(),
    expires: z.iso.datetime({ offset: true }).optional(),
    storageClass: storageClassSchema.optional(),
    conditions: copyConditionsSchema.optional(),
    taggingDirective: directiveSchema.optional(),
    tags: objectTagsSchema.optional(),
  })
  .strict()
  .superRefine((o, ctx) => {
    // S3 silently ignores these under COPY; refusing says so instead of losing the edit.
    if (o.metadataDirective !== 'REPLACE') {
      for (const field of replacedFields) {
        if (o[field] !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: [field],
            message: 'needs metadataDirective REPLACE',
          });
        }
      }
    }
    if (o.tags !== undefined && o.taggingDirective !== 'REPLACE') {
      ctx.addIssue({ code: 'custom', path: ['tags'], message: 'needs taggingDirective REPLACE' });
    }
  });
export type CopyOptions = z.infer<typeof copyOptionsSchema>;

export const copyResultSchema = z.object({
  etag: z.string().nullable(),
  lastModified: z.string().nullable(),
  versionId: z.string().nullable(),
  /** 'multipart' when the object was too large for one CopyObject. */
  method: z.enum(['single', 'multipart']),
  parts: z.number(),
});
export type CopyResult = z.infer<typeof copyResultSchema>;
