import { z } from 'zod';
import { tagSchema } from '../tags.js';
import type { Tag } from '../tags.js';

export const ruleStatusSchema = z.enum(['Enabled', 'Disabled']);
export type RuleStatus = z.infer<typeof ruleStatusSchema>;

/** Common storage classes, for pickers; providers may name others. */
export const knownStorageClasses = [
  'STANDARD',
  'REDUCED_REDUNDANCY',
  'STANDARD_IA',
  'ONEZONE_IA',
  'INTELLIGENT_TIERING',
  'GLACIER_IR',
  'GLACIER',
  'DEEP_ARCHIVE',
] as const;

const BUCKET_ARN = /^arn:aws[a-z-]*:s3:::([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])$/;

/** "arn:aws:s3:::name" → "name"; undefined when it is not a bucket ARN. */
export function bucketOfArn(arn: string): string | undefined {
  return BUCKET_ARN.exec(arn)?.[1];
}

export function bucketArn(bucket: string): string {
  return `arn:aws:s3:::${bucket}`;
}

export const bucketArnSchema = z
  .string()
  .trim()
  .regex(BUCKET_ARN, 'must be a bucket ARN such as arn:aws:s3:::my-bucket');

/** A filter matches object tags, so it is held to what an object's tag may be. */
export const objectTagSchema = tagSchema;
export type ObjectTag = Tag;

export const replicationDestinationSchema = z
  .object({
    bucket: bucketArnSchema,
    storageClass: z
      .string()
      .regex(/^[A-Z][A-Z0-9_]{0,63}$/, 'is not a storage class name')
      .optional(),
    /** Destination account id (AWS cross-account replication). */
    account: z.string().trim().min(1).max(64).optional(),
    /** Hand replicas to the destination bucket's owner (needs `account`). */
    accessControlTranslation: z
      .object({ owner: z.literal('Destination') })
      .strict()
      .optional(),
  })
  .strict();
export type ReplicationDestination = z.infer<typeof replicationDestinationSchema>;

export const replicationRuleSchema = z
  .object({
    id: z.string().trim().min(1, 'is required').max(255),
    status: ruleStatusSchema,
    /** Decides between rules that match the same object; higher wins. */
    priority: z.number().int().min(0).max(2_147_483_647).optional(),
    /**
     * Keys starting with this are replicated; "" means the whole bucket. Always
     * sent as Filter.Prefix: RGW silently drops the legacy top-level Prefix,
     * which would replicate everything.
     */
    prefix: z.string().max(1024).default(''),
    /** Only objects carrying every one of these tags (kept so a round trip never widens a rule). */
    tags: z.array(objectTagSchema).max(10, 'at most 10 tags').default([]),
    destination: replicationDestinationSchema,
    /** Whether delete markers are replicated; AWS requires a value, RGW ignores it. */
    deleteMarkerReplication: ruleStatusSchema.optional(),
    /** Replicate objects encrypted with SSE-KMS. */
    sourceSelectionCriteria: z
      .object({ sseKmsEncryptedObjects: ruleStatusSchema })
      .strict()
      .optional(),
  })
  .strict();
export type ReplicationRule = z.infer<typeof replicationRuleSchema>;

export const replicationConfigSchema = z
  .object({
    /** IAM role S3 assumes to replicate (AWS); other providers need none. */
    role: z.string().trim().min(1).max(2048).optional(),
    rules: z
      .array(replicationRuleSchema)
      .min(1, 'needs at least one rule (delete the configuration to remove all)')
      .max(1000, 'at most 1,000 rules'),
  })
  .strict()
  .superRefine((config, ctx) => {
    const seen = new Set<string>();
    config.rules.forEach((rule, index) => {
      if (seen.has(rule.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['rules', index, 'id'],
          message: `"${rule.id}" is used by another rule`,
        });
      }
      seen.add(rule.id);
    });
  });
export type ReplicationConfig = z.infer<typeof replicationConfigSchema>;
