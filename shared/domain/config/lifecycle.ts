import { z } from 'zod';
import { objectTagSchema, ruleStatusSchema } from './replication.js';

/** S3's documented limits for a bucket lifecycle configuration. */
export const LIFECYCLE_MAX_RULES = 1000;
export const LIFECYCLE_ID_MAX = 255;
/** S3 keeps at most 100 newer noncurrent versions per rule. */
export const NEWER_NONCURRENT_MAX = 100;
/** An object is at most 5 TiB, so a size filter beyond it matches nothing or everything. */
export const OBJECT_SIZE_MAX = 5 * 1024 ** 4;

const MIDNIGHT_UTC = /^(\d{4})-(\d{2})-(\d{2})T00:00:00(?:\.0{1,3})?(?:Z|\+00:00)$/;

/** S3 runs date-based actions at midnight UTC and refuses any other time of day. */
export function isMidnightUtc(text: string): boolean {
  const match = MIDNIGHT_UTC.exec(text);
  if (match === null) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A calendar day as S3 writes it: "2027-01-01" → "2027-01-01T00:00:00.000Z". */
export const midnightUtcOf = (day: string): string => `${day}T00:00:00.000Z`;

const dateSchema = z
  .string()
  .refine(isMidnightUtc, 'must be a date at midnight UTC, e.g. 2027-01-01T00:00:00.000Z');

const days = (min: number) =>
  z.number().int('must be a whole number').min(min, `must be at least ${min}`).max(2_147_483_647);

const storageClassSchema = z
  .string()
  .regex(/^[A-Z][A-Z0-9_]{0,63}$/, 'is not a storage class name');

/** Objects move to `storageClass` a number of days after upload, or on a date. */
export const lifecycleTransitionSchema = z
  .object({
    days: days(0).optional(),
    date: dateSchema.optional(),
    storageClass: storageClassSchema,
  })
  .strict()
  .superRefine((t, ctx) => {
    if ((t.days === undefined) === (t.date === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['days'], message: 'needs days or a date (not both)' });
    }
  });
export type LifecycleTransition = z.infer<typeof lifecycleTransitionSchema>;

export const noncurrentTransitionSchema = z
  .object({
    noncurrentDays: days(1),
    storageClass: storageClassSchema,
    newerNoncurrentVersions: days(1).max(NEWER_NONCURRENT_MAX).optional(),
  })
  .strict();
export type NoncurrentTransition = z.infer<typeof noncurrentTransitionSchema>;

/** One of days after upload, a date, or "remove delete markers with no versions left". */
export const lifecycleExpirationSchema = z
  .object({
    days: days(1).optional(),
    date: dateSchema.optional(),
    expiredObjectDeleteMarker: z.boolean().optional(),
  })
  .strict()
  .superRefine((e, ctx) => {
    const set = [e.days !== undefined, e.date !== undefined, e.expiredObjectDeleteMarker === true];
    if (set.filter(Boolean).length !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['days'],
        message: 'needs exactly one of days, a date or expired delete markers',
      });
    }
  });
export type LifecycleExpiration = z.infer<typeof lifecycleExpirationSchema>;

export const lifecycleRuleSchema = z
  .object({
    id: z
      .string()
      .trim()
      .min(1, 'is required')
      .max(LIFECYCLE_ID_MAX, `must be at most ${LIFECYCLE_ID_MAX} characters`),
    status: ruleStatusSchema,
    /** The rule applies to keys starting with this; "" is the whole bucket. */
    prefix: z.string().max(1024).default(''),
    /** ...and only to objects carrying every one of these tags. */
    tags: z.array(objectTagSchema).max(10, 'at most 10 tags').default([]),
    /** ...and only to objects larger than this many bytes. */
    objectSizeGreaterThan: z.number().int().min(0).max(OBJECT_SIZE_MAX).optional(),
    /** ...and only to objects smaller than this many bytes. */
    objectSizeLessThan: z.number().int().min(1).max(OBJECT_SIZE_MAX).optional(),
    expiration: lifecycleExpirationSchema.optional(),
    transitions: z.array(lifecycleTransitionSchema).max(10).default([]),
    noncurrentExpiration: z
      .object({
        noncurrentDays: days(1),
        /** Noncurrent versions kept however old they are. */
        newerNoncurrentVersions: days(1).max(NEWER_NONCURRENT_MAX).optional(),
      })
      .strict()
      .optional(),
    noncurrentTransitions: z.array(noncurrentTransitionSchema).max(10).default([]),
    abortIncompleteMultipartUpload: z
      .object({ daysAfterInitiation: days(1) })
      .strict()
      .optional(),
  })
  .strict();
export type LifecycleRule = z.infer<typeof lifecycleRuleSchema>;

type Issue = { path: (string | number)[]; message: string };

/** S3's rules across the fields of one rule; paths are relative to the rule. */
export function lifecycleRuleIssues(rule: LifecycleRule): Issue[] {
  const issues: Issue[] = [];
  const e = rule.expiration;
  const hasAction =
    e !== undefined ||
    rule.transitions.length > 0 ||
    rule.noncurrentExpiration !== undefined ||
    rule.noncurrentTransitions.length > 0 ||
    rule.abortIncompleteMultipartUpload !== undefined;
  if (!hasAction) issues.push({ path: [], message: 'needs at least one action' });
  if (rule.tags.length > 0) {
    if (e?.expiredObjectDeleteMarker === true) {
      issues.push({
        path: ['expiration', 'expiredObjectDeleteMarker'],
        message: 'cannot be used with a tag filter',
      });
    }
    if (rule.abortIncompleteMultipartUpload !== undefined) {
      issues.push({
        path: ['abortIncompleteMultipartUpload', 'daysAfterInitiation'],
        message: 'cannot be used with a tag filter',
      });
    }
  }
  const { objectSizeGreaterThan: above, objectSizeLessThan: below } = rule;
  if (above !== undefined && below !== undefined && below <= above) {
    issues.push({ path: ['objectSizeLessThan'], message: 'must be more than the minimum size' });
  }
  const timed = [
    ...(e === undefined ? [] : [{ at: e, path: ['expiration'] }]),
    ...rule.transitions.map((t, i) => ({ at: t, path: ['transitions', i] })),
  ];
  const byDays = timed.some(({ at }) => at.days !== undefined);
  for (const { at, path } of timed) {
    if (byDays && at.date !== undefined) {
      issues.push({ path: [...path, 'date'], message: 'must not mix days and dates in one rule' });
    }
  }
  // S3 (and RGW) refuse two transitions of one rule to the same storage class.
  for (const list of ['transitions', 'noncurrentTransitions'] as const) {
    const seen = new Set<string>();
    rule[list].forEach((t, i) => {
      if (seen.has(t.storageClass)) {
        issues.push({
          path: [list, i, 'storageClass'],
          message: 'is already the target of another transition',
        });
      }
      seen.add(t.storageClass);
    });
  }
  const lastMove = Math.max(-1, ...rule.transitions.map((t) => t.days ?? -1));
  if (e?.days !== undefined && e.days <= lastMove) {
    issues.push({
      path: ['expiration', 'days'],
      message: 'must be more days than every transition',
    });
  }
  return issues;
}

export const lifecycleConfigSchema = z
  .object({
    rules: z
      .array(lifecycleRuleSchema)
      .min(1, 'needs at least one rule (delete the configuration to remove all)')
      .max(LIFECYCLE_MAX_RULES, 'at most 1,000 rules'),
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
      for (const issue of lifecycleRuleIssues(rule)) {
        ctx.addIssue({
          code: 'custom',
          path: ['rules', index, ...issue.path],
          message: issue.message,
        });
      }
    });
  });
export type LifecycleConfig = z.infer<typeof lifecycleConfigSchema>;

/** A rule's filter as S3 names it (the SDK and the raw documents share this shape). */
interface S3LifecycleTag {
  Key: string | undefined;
  Value: string | undefined;
}

export interface S3LifecycleFilter {
  Prefix?: string;
  Tag?: S3LifecycleTag;
  ObjectSizeGreaterThan?: number;
  ObjectSizeLessThan?: number;
  And?: {
    Prefix?: string;
    Tags?: S3LifecycleTag[];
    ObjectSizeGreaterThan?: number;
    ObjectSizeLessThan?: number;
  };
}

/** The narrowest filter S3 takes: a lone condition stands alone, several go in And. */
export function lifecycleFilterToS3(rule: LifecycleRule): S3LifecycleFilter {
  const tags = rule.tags.map((t) => ({ Key: t.key, Value: t.value }));
  const conditions = Object.fromEntries(
    Object.entries({
      Prefix: rule.prefix === '' ? undefined : rule.prefix,
      Tags: tags.length === 0 ? undefined : tags,
      ObjectSizeGreaterThan: rule.objectSizeGreaterThan,
      ObjectSizeLessThan: rule.objectSizeLessThan,
    }).filter(([, value]) => value !== undefined),
  ) as NonNullable<S3LifecycleFilter['And']>;
  const names = Object.keys(conditions);
  if (names.length === 0) return { Prefix: '' };
  if (names.length > 1 || tags.length > 1) return { And: conditions };
  const { Tags, ...single } = conditions;
  return Tags === undefined ? single : { Tag: Tags[0] };
}

/** A filter's conditions as the model holds them; a legacy (V1) rule's prefix sits outside it. */
export function lifecycleFilterFromS3(
  filter: S3LifecycleFilter | undefined,
  legacyPrefix?: string,
) {
  const f = filter ?? {};
  const tags = f.And?.Tags ?? (f.Tag === undefined ? [] : [f.Tag]);
  return {
    prefix: f.Prefix ?? f.And?.Prefix ?? legacyPrefix ?? '',
    tags: tags.map((t) => ({ key: t.Key ?? '', value: t.Value ?? '' })),
    objectSizeGreaterThan: f.ObjectSizeGreaterThan ?? f.And?.ObjectSizeGreaterThan,
    objectSizeLessThan: f.ObjectSizeLessThan ?? f.And?.ObjectSizeLessThan,
  };
}
