import { z } from 'zod';

import { bucketCannedAcls } from './config/acl.js';

/** Canned ACLs every S3-compatible server in the seed set accepts on CreateBucket. */
export const bucketCannedAclSchema = z.enum(bucketCannedAcls);
export type BucketCannedAcl = z.infer<typeof bucketCannedAclSchema>;

/** A LocationConstraint: an AWS region, or for RGW a zonegroup (optionally `:placement`). */
export const bucketRegionSchema = z
  .string()
  .min(1, 'is required')
  .max(64)
  .regex(/^[a-z0-9][a-z0-9:_-]*$/, 'may only hold lowercase letters, digits, "-", "_" and ":"');

export const bucketHeadSchema = z.object({
  /** `forbidden`: the bucket exists but these credentials may not see it. */
  state: z.enum(['exists', 'forbidden', 'missing']),
  region: z.string().optional(),
});
export type BucketHead = z.infer<typeof bucketHeadSchema>;
