import { z } from 'zod';
import { bucketNameSchema } from './listing.js';
import { keyPrefixSchema } from './object-key.js';

export const prefixLocationSchema = z
  .object({ bucket: bucketNameSchema, prefix: keyPrefixSchema })
  .strict();
export type PrefixLocation = z.infer<typeof prefixLocationSchema>;

/** What a copy or move does with a target key that already exists. */
export const prefixIfExistsSchema = z.enum(['overwrite', 'skip']);
export type PrefixIfExists = z.infer<typeof prefixIfExistsSchema>;

export const keyErrorSchema = z.object({ key: z.string(), code: z.string(), message: z.string() });
export type KeyError = z.infer<typeof keyErrorSchema>;
