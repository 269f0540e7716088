import { z } from 'zod';
import type { ProviderId } from './profile.js';

/**
 * Governance: people with the bypass permission may shorten or remove it, after saying so.
 * Compliance: nobody can shorten or remove it, not even the account's root user, until it ends.
 */
export const retentionModeSchema = z.enum(['GOVERNANCE', 'COMPLIANCE']);
export type RetentionMode = z.infer<typeof retentionModeSchema>;

export const retentionUnitSchema = z.enum(['days', 'years']);
export type RetentionUnit = z.infer<typeof retentionUnitSchema>;

/** S3's limits for a bucket's default retention: a positive whole number, at most 100 years. */
export const MAX_RETENTION_DAYS = 36_500;
export const MAX_RETENTION_YEARS = 100;

export const defaultRetentionSchema = z
  .object({
    mode: retentionModeSchema,
    unit: retentionUnitSchema,
    amount: z.number().int('must be a whole number').min(1, 'must be at least 1'),
  })
  .strict()
  .superRefine((retention, ctx) => {
    const max = retention.unit === 'days' ? MAX_RETENTION_DAYS : MAX_RETENTION_YEARS;
    if (retention.amount > max) {
      ctx.addIssue({
        code: 'custom',
        path: ['amount'],
        message: retention.unit === 'days' ? 'at most 36,500 days' : 'at most 100 years',
      });
    }
  });
export type DefaultRetention = z.infer<typeof defaultRetentionSchema>;

/**
 * A bucket created with object lock: its default retention, or null when new objects get none
 * (S3 has no delete for the configuration; putting it without a rule removes the default).
 */
export const objectLockConfigSchema = z
  .object({ defaultRetention: defaultRetentionSchema.nullable() })
  .strict();
export type ObjectLockConfig = z.infer<typeof objectLockConfigSchema>;

/** An ISO 8601 instant with a zone, as S3 writes RetainUntilDate. */
const instantSchema = z
  .string()
  .max(40)
  .refine((text) => /(?:Z|[+-]\d\d:\d\d)$/.test(text) && !Number.isNaN(Date.parse(text)), {
    message: 'must be an ISO 8601 date and time with a zone, e.g. 2026-12-31T14:00:00Z',
  });

export const objectRetentionSchema = z
  .object({ mode: retentionModeSchema, retainUntil: instantSchema })
  .strict();
export type ObjectRetention = z.infer<typeof objectRetentionSchema>;

/** A version id as S3 hands it out; RGW's unversioned objects answer "null". */
export const versionIdSchema = z
  .string()
  .min(1, 'must not be empty')
  .max(1024, 'must be at most 1,024 characters')
  .refine(
    (id) => [...id].every((c) => c.charCodeAt(0) >= 0x20 && c.charCodeAt(0) !== 0x7f),
    'must not hold control characters',
  );

/** What a retention change asks of the server: kept, made longer, or needs the bypass. */
export type RetentionChange = 'same' | 'extend' | 'bypass' | 'forbidden';

/**
 * Whether going from `current` to `next` needs the governance bypass: shortening, removing or
 * changing the mode of a retention that is still running. A compliance retention still
 * running can only be kept or extended. Pure, so both sides and the tests agree.
 */
export function retentionChange(
  current: ObjectRetention | null,
  next: ObjectRetention | null,
  now: number,
): RetentionChange {
  const running = current !== null && Date.parse(current.retainUntil) > now;
  if (!running) return next === null && current === null ? 'same' : 'extend';
  if (
    next !== null &&
    next.mode === current.mode &&
    Date.parse(next.retainUntil) === Date.parse(current.retainUntil)
  ) {
    return 'same';
  }
  const longer =
    next !== null &&
    next.mode === current.mode &&
    Date.parse(next.retainUntil) > Date.parse(current.retainUntil);
  if (longer) return 'extend';
  return current.mode === 'COMPLIANCE' ? 'forbidden' : 'bypass';
}

/** The instant a retention of `amount` days or years from `from` ends (UTC calendar). */
export function retainUntilAfter(from: Date, amount: number, unit: RetentionUnit): Date {
  const until = new Date(from.getTime());
  if (unit === 'days') until.setUTCDate(until.getUTCDate() + amount);
  else until.setUTCFullYear(until.getUTCFullYear() + amount);
  return until;
}

/** What a refusal by a lock said: the version's retention and legal hold, when readable. */
export const lockRefusalSchema = z
  .object({
    key: z.string(),
    versionId: z.string().optional(),
    mode: retentionModeSchema.optional(),
    retainUntil: z.string().optional(),
    legalHold: z.boolean(),
  })
  .strict();
export type LockRefusal = z.infer<typeof lockRefusalSchema>;

/** What each provider offers, as data both sides read; the probe confirms it per bucket. */
export interface ObjectLockSupport {
  /** False when the provider documents no object lock: the probe does not ask. */
  readonly offered: boolean;
  /** Whether object lock can be turned on for a bucket created without it. */
  readonly addToExistingBucket: boolean;
  /** Whether a version's retention can be removed (an empty PutObjectRetention), not only shortened. */
  readonly removeRetention: boolean;
}

export const objectLockSupport: Readonly<Record<ProviderId, ObjectLockSupport>> = {
  // AWS can turn it on for an existing versioned bucket; Holdall only does so at creation.
  aws: { offered: true, addToExistingBucket: true, removeRetention: true },
  // Not in JD Cloud OSS's S3 API tables or its documentation.
  jdcloud: { offered: false, addToExistingBucket: false, removeRetention: false },
  // RGW refuses PutObjectLockConfiguration on a bucket created without it (InvalidBucketState)
  // and an empty retention (MalformedXML, bypass or not): retention can only be shortened.
  ceph: { offered: true, addToExistingBucket: false, removeRetention: false },
  minio: { offered: true, addToExistingBucket: false, removeRetention: true },
  generic: { offered: true, addToExistingBucket: false, removeRetention: true },
};
