import { z } from 'zod';

export const providerIds = ['aws', 'jdcloud', 'ceph', 'minio', 'generic'] as const;
export const providerIdSchema = z.enum(providerIds);
export type ProviderId = z.infer<typeof providerIdSchema>;

export const addressingSchema = z.enum(['path', 'virtual']);
export type Addressing = z.infer<typeof addressingSchema>;

const httpUrl = z
  .url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' })
  .max(2048);

export const profileIdSchema = z.string().regex(/^[a-z0-9-]{6,64}$/, 'is not a profile id');

const profileFields = {
  name: z.string().trim().min(1, 'is required').max(100),
  provider: providerIdSchema,
  /** Empty means the provider's public endpoint (AWS). */
  endpoint: z.union([z.literal(''), httpUrl]),
  region: z
    .string()
    .trim()
    .min(1, 'is required')
    .max(64)
    .regex(/^[a-z0-9-]+$/, 'may only hold lowercase letters, digits and hyphens'),
  addressing: addressingSchema,
  accessKeyId: z.string().trim().min(1, 'is required').max(256),
};

/** What the renderer sends to create or edit a profile. */
export const profileDraftSchema = z
  .object({
    ...profileFields,
    id: profileIdSchema.optional(),
    /** Omitted when editing means "keep the stored secret". */
    secretAccessKey: z.string().min(1, 'is required').max(1024).optional(),
  })
  .strict();
export type ProfileDraft = z.infer<typeof profileDraftSchema>;

/** What the renderer may see: never the secret itself. */
export const profileSummarySchema = z.object({
  ...profileFields,
  id: profileIdSchema,
  /** Last four characters, so people can tell keys apart. */
  secretHint: z.string(),
});
export type ProfileSummary = z.infer<typeof profileSummarySchema>;
