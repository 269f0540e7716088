import { z } from 'zod';
import { bucketNameSchema } from './listing.js';
import { grantIdSchema } from './local-grant.js';
import { keyPrefixSchema, objectKeySchema } from './object-key.js';
import { versionIdSchema } from './object-versions.js';
import { profileIdSchema } from './profile.js';
import { conflictPolicySchema, downloadCheckSchema } from './transfer-job.js';
import { MAX_ITEMS_PER_ENQUEUE } from './transfer-request.js';

/**
 * Uploads and downloads are task kinds: one task is one request (one drop, one pick, one
 * "Download…"), however many files it turns into. The transfer engine runs them, not the
 * scheduler's runners.
 */
export const uploadTaskSpecSchema = z
  .object({
    kind: z.literal('upload'),
    profileId: profileIdSchema,
    bucket: bucketNameSchema,
    /** Keys are keyPrefix + file name, or keyPrefix + folder name + "/" + relative path. */
    keyPrefix: keyPrefixSchema,
    /** Read grants (a file or a folder tree) the host issued for dropped or picked items. */
    grants: z.array(grantIdSchema).min(1).max(MAX_ITEMS_PER_ENQUEUE),
    /**
     * Keys that exist are found from one listing of the destination per item, not a HEAD per
     * file; "overwrite" (the default here, S3's own) looks nothing up. The app sends the
     * user's setting, "ask" unless changed.
     */
    conflict: conflictPolicySchema.default('overwrite'),
  })
  .strict();
export type UploadTaskSpec = z.output<typeof uploadTaskSpecSchema>;

export const downloadTaskSpecSchema = z
  .object({
    kind: z.literal('download'),
    profileId: profileIdSchema,
    bucket: bucketNameSchema,
    /** Each key lands in the destination folder under its own name. */
    keys: z.array(objectKeySchema).max(MAX_ITEMS_PER_ENQUEUE).optional(),
    /** The whole tree under it lands in <destination>/<last folder of the prefix>/… */
    prefix: keyPrefixSchema.optional(),
    /** A write grant for the folder the user picked (or the file a "Download as…" named). */
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
export type DownloadTaskSpec = z.output<typeof downloadTaskSpecSchema>;
export type TransferTaskSpec = UploadTaskSpec | DownloadTaskSpec;

/** What a waiting transfer task asks; answered by `tasks.answer`. */
export const taskQuestionSchema = z.object({
  /** The key that exists (upload) or whose local file exists (download). */
  item: z.string(),
  /** Download: the local file that exists. Upload: null (the object exists). */
  localPath: z.string().nullable(),
  /** Whether "apply to all" would also settle other files of the task. */
  coversOthers: z.boolean(),
});
export type TaskQuestion = z.infer<typeof taskQuestionSchema>;

/** What a transfer row shows beyond the common task record. */
export const transferTaskInfoSchema = z.object({
  /** The one item's name (file, folder, key's last segment); null when the request named several. */
  name: z.string().nullable(),
  /** Items as requested, before folders expand. */
  itemCount: z.number(),
  /** Display only: the one local file or folder, or the download folder. */
  localPath: z.string().nullable(),
  /** Files left alone by the conflict policy or found already there. */
  skipped: z.number(),
  /** Downloads: how many files each check verified. */
  checks: z.partialRecord(downloadCheckSchema, z.number().int().nonnegative()),
  /** A succeeded download of exactly one file: `transfers.openFile` opens it. */
  openable: z.boolean(),
});
export type TransferTaskInfo = z.infer<typeof transferTaskInfoSchema>;
