import { z } from 'zod';

/** Bucket configurations the probe reads, one GET each. */
export const capabilityFeatures = [
  'policy',
  'acl',
  'cors',
  'website',
  'replication',
  'notification',
  'versioning',
  'tagging',
  'publicAccessBlock',
  'requestPayment',
  'objectLock',
  'lifecycle',
  'versions',
] as const;
export type CapabilityFeature = (typeof capabilityFeatures)[number];

export const capabilityStatusSchema = z.enum(['supported', 'unsupported', 'unknown']);
export type CapabilityStatus = z.infer<typeof capabilityStatusSchema>;

export const featureCapabilitySchema = z.object({
  status: capabilityStatusSchema,
  /** Why it is unsupported or unknown, e.g. "NotImplemented (HTTP 501)"; absent when supported. */
  reason: z.string().optional(),
});
export type FeatureCapability = z.infer<typeof featureCapabilitySchema>;

const featureShape = Object.fromEntries(
  capabilityFeatures.map((feature) => [feature, featureCapabilitySchema]),
) as Record<CapabilityFeature, typeof featureCapabilitySchema>;

/** What one bucket on one connection offers; the UI hides or disables what is unsupported. */
export const bucketCapabilitiesSchema = z.object({
  ...featureShape,
  /** ISO time of the probe; results are cached for a few minutes. */
  checkedAt: z.string(),
});
export type BucketCapabilities = z.infer<typeof bucketCapabilitiesSchema>;
