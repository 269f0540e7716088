import { z } from 'zod';
import {
  checkDraftCredentials,
  credentialSourceSchema,
  sessionTokenDraftSchema,
} from './credential-source.js';
import { bucketNameSchema } from './listing.js';
import { networkSettingsSchema } from './network.js';
import { providerInfo } from './providers.js';

export const providerIds = ['aws', 'jdcloud', 'ceph', 'minio', 'generic'] as const;
export const providerIdSchema = z.enum(providerIds);
export type ProviderId = z.infer<typeof providerIdSchema>;

export const addressingSchema = z.enum(['path', 'virtual']);
export type Addressing = z.infer<typeof addressingSchema>;

const httpUrl = z
  .url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' })
  .max(2048);

/** Seconds a connection's request deadlines take when its profile sets none. */
export const defaultRequestTimeouts = { headers: 60, idle: 60 } as const;
export const requestTimeoutLimits = { min: 1, max: 3600 } as const;

const wholeSeconds = 'must be a whole number of seconds';
const inRange = `must be ${requestTimeoutLimits.min} to ${requestTimeoutLimits.max} seconds`;
const timeoutSeconds = z
  .number({ error: wholeSeconds })
  .int({ error: wholeSeconds })
  .min(requestTimeoutLimits.min, { error: inRange })
  .max(requestTimeoutLimits.max, { error: inRange });

/**
 * How long this connection's requests may wait, in seconds; each left out takes the default
 * (`defaultRequestTimeouts`). `headers`: from the request sent to the answer's headers;
 * `idle`: the longest silence on the connection, before the headers or inside a body.
 */
export const requestTimeoutsSchema = z
  .object({
    headers: timeoutSeconds.optional(),
    idle: timeoutSeconds.optional(),
  })
  .strict();
export type RequestTimeouts = z.infer<typeof requestTimeoutsSchema>;

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
  /** Required for static keys (checked on the draft); empty for the other credential sources. */
  accessKeyId: z.string().trim().max(256),
  /** Absent: static keys, as every profile stored before sources existed. */
  credentialSource: credentialSourceSchema.optional(),
  /**
   * For keys that may not list buckets: the connection shows only this bucket and never calls
   * ListBuckets. The looser existing-bucket rules apply, as the bucket is not created here.
   */
  bucket: bucketNameSchema.optional(),
  timeouts: requestTimeoutsSchema.optional(),
  /** Proxy, trusted certificates and connect timeout; absent: direct, system CAs. */
  network: networkSettingsSchema.optional(),
};

/** What the renderer sends to create or edit a profile. */
export const profileDraftSchema = z
  .object({
    ...profileFields,
    id: profileIdSchema.optional(),
    /** Omitted when editing means "keep the stored secret". */
    secretAccessKey: z.string().min(1, 'is required').max(1024).optional(),
    sessionToken: sessionTokenDraftSchema,
    /** Duplicating: without a typed secret, the copy takes this stored profile's secret. */
    copySecretFrom: profileIdSchema.optional(),
    /** The explicit proxy's password; omitted when editing keeps the stored one, empty removes it. */
    proxyPassword: z.string().max(1024).optional(),
  })
  .strict()
  // An empty endpoint means AWS's public one: for any other provider it would send the keys there.
  .refine((draft) => draft.endpoint !== '' || !providerInfo(draft.provider).endpointRequired, {
    path: ['endpoint'],
    message: 'is required',
  })
  .superRefine(checkDraftCredentials);
export type ProfileDraft = z.infer<typeof profileDraftSchema>;

/** What the renderer may see: never the secret itself. */
export const profileSummarySchema = z.object({
  ...profileFields,
  id: profileIdSchema,
  /** Last four characters, so people can tell keys apart. */
  secretHint: z.string(),
  /** Last four characters of the sealed session token, when the static keys have one. */
  sessionTokenHint: z.string().optional(),
  /** Whether a proxy password is stored (never the password itself). */
  hasProxyPassword: z.boolean().optional(),
  /**
   * For an AWS CLI profile connection: whether the profile, read now, signs in with IAM Identity
   * Center, so the window can offer Sign out and Sign in again. Absent for other sources.
   */
  signIn: z.literal('sso').nullable().optional(),
});
export type ProfileSummary = z.infer<typeof profileSummarySchema>;

/** `base`, or `base (2)`, `base (3)` … so imported and duplicated connections stay apart. */
export function uniqueProfileName(base: string, taken: readonly string[]): string {
  const names = new Set(taken);
  if (!names.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base} (${n})`;
    if (!names.has(candidate)) return candidate;
  }
}
