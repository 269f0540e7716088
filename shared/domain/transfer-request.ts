import { z } from 'zod';
import { bucketNameSchema } from './listing.js';
import { grantIdSchema } from './local-grant.js';
import { keyPrefixSchema, objectKeySchema } from './object-key.js';
import { versionIdSchema } from './object-versions.js';
import { profileIdSchema } from './profile.js';
import { conflictChoiceSchema, conflictPolicySchema, transferIdSchema } from './transfer-job.js';

/** Absolute in either OS's sense; the host checks the file itself. */
export const absolutePathSchema = z
  .string()
  .min(1, 'is required')
  .max(4096)
  .refine((p) => !p.includes('\0'), 'must not contain NUL')
  .refine((p) => p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p) || p.startsWith('\\\\'), {
    message: 'must be an absolute path',
  });

/** Each call makes at most this many jobs; folders expand lazily and count once. */
export const MAX_ITEMS_PER_ENQUEUE = 10_000;

export const enqueueUploadSchema = z
  .object({
    profileId: profileIdSchema,
    bucket: bucketNameSchema,
    /** Keys are keyPrefix + file name, or keyPrefix + folder name + "/" + relative path. */
    keyPrefix: keyPrefixSchema,
    /** Read grants (a file or a folder tree) the host issued for dropped or picked items. */
    grants: z.array(grantIdSchema).min(1).max(MAX_ITEMS_PER_ENQUEUE),
    /**
     * Keys that exist are found from one listing of the destination per job, not a HEAD per
     * file; "overwrite" (the default here, S3's own) looks nothing up. The app sends the
     * user's setting, "ask" unless changed.
     */
    conflict: conflictPolicySchema.default('overwrite'),
  })
  .strict();
export type EnqueueUpload = z.output<typeof enqueueUploadSchema>;

export const enqueueDownloadSchema = z
  .object({
    profileId: profileIdSchema,
    bucket: bucketNameSchema,
    /** Each key lands in the destination folder under its own name. */
    keys: z.array(objectKeySchema).max(MAX_ITEMS_PER_ENQUEUE).optional(),
    /** The whole tree under it lands in <destination>/<last folder of the prefix>/… */
    prefix: keyPrefixSchema.optional(),
    /** A write grant for the folder the user picked through the host. */
    destination: grantIdSchema,
    conflict: conflictPolicySchema.default('ask'),
    /** Download this version of the one key (the versions browser) rather than its latest. */
    versionId: versionIdSchema.optional(),
  })
  .strict()
  .refine((r) => (r.keys?.length ?? 0) > 0 || r.prefix !== undefined, {
    message: 'needs keys or a prefix',
    path: ['keys'],
  })
  .refine((r) => r.versionId === undefined || (r.keys?.length === 1 && r.prefix === undefined), {
    message: 'a version is of one key: give exactly one key and no prefix',
    path: ['versionId'],
  });
export type EnqueueDownload = z.output<typeof enqueueDownloadSchema>;

/** Most actions address one job or all of them. */
export const transferTargetSchema = z.union([
  z.object({ id: transferIdSchema }).strict(),
  z.object({ all: z.literal(true) }).strict(),
]);
export type TransferTarget = z.infer<typeof transferTargetSchema>;

export const resolveConflictSchema = z
  .object({
    id: transferIdSchema,
    choice: conflictChoiceSchema,
    /** Use this choice for the rest of the job's files too. */
    applyToAll: z.boolean().default(false),
  })
  .strict();

export const orphanUploadSchema = z.object({
  profileId: z.string(),
  bucket: z.string(),
  key: z.string(),
  uploadId: z.string(),
  /** When the job that started it was queued. */
  initiated: z.string(),
});
export type OrphanUpload = z.infer<typeof orphanUploadSchema>;

export const orphanCleanupSchema = z.union([
  z.object({ all: z.literal(true) }).strict(),
  z.object({ uploadIds: z.array(z.string().min(1).max(1024)).min(1).max(10_000) }).strict(),
]);

export const orphanCleanupResultSchema = z.object({
  aborted: z.number(),
  errors: z.array(z.object({ uploadId: z.string(), code: z.string(), message: z.string() })),
});
export type OrphanCleanupResult = z.infer<typeof orphanCleanupResultSchema>;

export const refusedListSchema = z.array(z.object({ key: z.string(), reason: z.string() }));
