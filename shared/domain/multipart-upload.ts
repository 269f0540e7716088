import { z } from 'zod';
import { grantIdSchema } from './local-grant.js';

export const MAX_PART_NUMBER = 10_000;
/** The largest part S3 takes (and the largest single PUT or CopyObject). */
export const MAX_PART_BYTES = 5 * 1024 ** 3;

export const partNumberSchema = z
  .number()
  .int()
  .min(1, 'must be 1 to 10,000')
  .max(MAX_PART_NUMBER, 'must be 1 to 10,000');

export const uploadIdSchema = z.string().min(1).max(1024);
export const etagSchema = z.string().min(1).max(1024);

/** Where a part's bytes come from: a range of a granted local file, streamed. */
export const partSourceSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('file'),
      grant: grantIdSchema,
      offset: z.number().int().min(0),
      length: z.number().int().min(0).max(MAX_PART_BYTES, 'must be at most 5 GiB'),
    })
    .strict(),
]);
export type PartSource = z.infer<typeof partSourceSchema>;

export const completedPartSchema = z
  .object({ partNumber: partNumberSchema, etag: etagSchema })
  .strict();
export type CompletedPart = z.infer<typeof completedPartSchema>;

export const completedPartsSchema = z
  .array(completedPartSchema)
  .min(1, 'needs at least one part')
  .max(MAX_PART_NUMBER)
  .refine(
    (parts) => new Set(parts.map((p) => p.partNumber)).size === parts.length,
    'must not repeat a part number',
  );

/** Inclusive byte range, as in `bytes=start-end`. */
export const byteRangeSchema = z
  .object({ start: z.number().int().min(0), end: z.number().int().min(0) })
  .strict()
  .refine((r) => r.end >= r.start, { message: 'end must not be before start', path: ['end'] })
  .refine((r) => r.end - r.start + 1 <= MAX_PART_BYTES, {
    message: 'a part is at most 5 GiB',
    path: ['end'],
  });
export type ByteRange = z.infer<typeof byteRangeSchema>;

export const partRowSchema = z.object({
  partNumber: z.number(),
  size: z.number(),
  etag: z.string().nullable(),
  lastModified: z.string().nullable(),
});
export type PartRow = z.infer<typeof partRowSchema>;

export const partPageSchema = z.object({
  parts: z.array(partRowSchema),
  /** Pass back as partNumberMarker; null on the last page. */
  nextPartNumberMarker: z.string().nullable(),
});
export type PartPage = z.infer<typeof partPageSchema>;

export const uploadRowSchema = z.object({
  key: z.string(),
  uploadId: z.string(),
  initiated: z.string().nullable(),
});
export type UploadRow = z.infer<typeof uploadRowSchema>;

export const uploadPageSchema = z.object({
  uploads: z.array(uploadRowSchema),
  /** Pass both back as keyMarker / uploadIdMarker; null on the last page. */
  nextKeyMarker: z.string().nullable(),
  nextUploadIdMarker: z.string().nullable(),
});
export type UploadPage = z.infer<typeof uploadPageSchema>;

export const completedUploadSchema = z.object({
  etag: z.string().nullable(),
  versionId: z.string().nullable(),
});
export type CompletedUpload = z.infer<typeof completedUploadSchema>;

export const partCopyResultSchema = z.object({
  etag: z.string(),
  lastModified: z.string().nullable(),
});
export type PartCopyResult = z.infer<typeof partCopyResultSchema>;
