import { z } from 'zod';

export const bucketNameSchema = z
  .string()
  .min(3, 'must be 3 to 63 characters')
  .max(63, 'must be 3 to 63 characters')
  .regex(/^[a-z0-9][a-z0-9.-]*[a-z0-9]$/, 'may hold lowercase letters, digits, dots and hyphens');

export const bucketRowSchema = z.object({
  name: z.string(),
  createdAt: z.string().nullable(),
});
export type BucketRow = z.infer<typeof bucketRowSchema>;

/** Compact on purpose: a listing page can hold 1,000 of these. */
export const objectRowSchema = z.object({
  key: z.string(),
  size: z.number(),
  lastModified: z.string().nullable(),
  etag: z.string().nullable(),
  storageClass: z.string().nullable(),
  /** The owner's display name, else its ID; null unless the page was asked with `fetchOwner`. */
  owner: z.string().nullable(),
});
export type ObjectRow = z.infer<typeof objectRowSchema>;

export const objectPageSchema = z.object({
  prefix: z.string(),
  folders: z.array(z.string()),
  objects: z.array(objectRowSchema),
  nextContinuationToken: z.string().nullable(),
});
export type ObjectPage = z.infer<typeof objectPageSchema>;
