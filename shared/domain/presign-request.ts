import { z } from 'zod';
import { contentTypeSchema } from './copy-request.js';
import { keyPrefixSchema, objectKeySchema } from './object-key.js';

/** SigV4 signatures carry their own expiry and S3 refuses any over 7 days. */
export const MAX_PRESIGN_SECONDS = 604_800;
export const PRESIGN_LIMIT_MESSAGE =
  'must be at most 604,800 seconds: SigV4 presigned URLs and forms live at most 7 days';

export const presignExpirySchema = z
  .number()
  .int()
  .min(1, 'must be at least 1 second')
  .max(MAX_PRESIGN_SECONDS, PRESIGN_LIMIT_MESSAGE);

export const presignedUrlSchema = z.object({ url: z.string(), expiresAt: z.string() });
export type PresignedUrl = z.infer<typeof presignedUrlSchema>;

/** The key a POST form may write: exactly one, or any under a prefix (`starts-with $key`). */
export const postKeySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('exact'), key: objectKeySchema }).strict(),
  z.object({ kind: z.literal('prefix'), prefix: keyPrefixSchema }).strict(),
]);
export type PostKey = z.infer<typeof postKeySchema>;

export const MAX_POST_BYTES = 5 * 1024 ** 3;

export const contentLengthRangeSchema = z
  .object({
    min: z.number().int().min(0),
    max: z.number().int().min(0).max(MAX_POST_BYTES, 'POST Object takes at most 5 GiB'),
  })
  .strict()
  .refine((r) => r.max >= r.min, { message: 'max must not be below min', path: ['max'] });
export type ContentLengthRange = z.infer<typeof contentLengthRangeSchema>;

export const postPolicyOptionsSchema = z
  .object({
    key: postKeySchema,
    contentLengthRange: contentLengthRangeSchema.optional(),
    contentType: contentTypeSchema.optional(),
    /**
     * Uploads send any Content-Type starting with this (`starts-with $Content-Type`); with
     * contentType as well, the exact type wins.
     */
    contentTypePrefix: contentTypeSchema.optional(),
    expiresInSeconds: presignExpirySchema,
    /** The status S3 answers a successful upload with (success_action_status); 204 if unset. */
    successActionStatus: z.enum(['200', '201', '204']).optional(),
    /** Where the browser goes after a successful upload (success_action_redirect). */
    successActionRedirect: z
      .url({ protocol: /^https?$/, error: 'must be an http or https URL' })
      .max(1024)
      .optional(),
    /** Shown in the ready-made curl command; a placeholder when omitted. */
    filePath: z.string().min(1).max(4096).optional(),
  })
  .strict();
export type PostPolicyOptions = z.infer<typeof postPolicyOptionsSchema>;

export const presignedPostSchema = z.object({
  url: z.string(),
  fields: z.record(z.string(), z.string()),
  expiresAt: z.string(),
  /** A complete HTML page with the form, every value escaped. */
  html: z.string(),
  /** A shell command that uploads a file through the form. */
  curl: z.string(),
});
export type PresignedPost = z.infer<typeof presignedPostSchema>;
