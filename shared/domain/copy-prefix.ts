import { z } from 'zod';
import { bucketNameSchema } from './listing.js';
import { keyPrefixSchema } from './object-key.js';

export const prefixLocationSchema = z
  .object({ bucket: bucketNameSchema, prefix: keyPrefixSchema })
  .strict();
export type PrefixLocation = z.infer<typeof prefixLocationSchema>;

export const operationIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,128}$/, 'must be 1 to 128 letters, digits, - or _');

/** What a prefix copy does with a target key that already exists. */
export const prefixIfExistsSchema = z.enum(['overwrite', 'skip']);
export type PrefixIfExists = z.infer<typeof prefixIfExistsSchema>;

export const keyErrorSchema = z.object({ key: z.string(), code: z.string(), message: z.string() });
export type KeyError = z.infer<typeof keyErrorSchema>;

export const prefixCopyResultSchema = z.object({
  /** Source keys copied. */
  copied: z.number(),
  failed: z.array(keyErrorSchema),
  /** Source keys left alone because their target existed (ifExists: 'skip'); a move keeps them. */
  skipped: z.number(),
  /** Sources removed by a move; always 0 for a copy. */
  deleted: z.number(),
  deleteFailed: z.array(keyErrorSchema),
  /** Stopped or aborted before every key was copied; a stopped move still removed its copied sources. */
  canceled: z.boolean(),
});
export type PrefixCopyResult = z.infer<typeof prefixCopyResultSchema>;

export const prefixProgressSchema = z.object({
  operationId: operationIdSchema,
  done: z.number(),
  /** null until the listing is complete. */
  total: z.number().nullable(),
  finished: z.boolean(),
});
export type PrefixProgress = z.infer<typeof prefixProgressSchema>;
