import { z } from 'zod';
import { grantIdSchema } from './local-grant.js';
import { bucketNameSchema } from './listing.js';
import { keyPrefixSchema } from './object-key.js';
import { profileIdSchema } from './profile.js';
import { compileNamePattern } from './search-name.js';

/** Patterns per list; more buy nothing a user types and bound the matching work per file. */
export const MAX_SYNC_PATTERNS = 50;
/** Deletions one sync may carry: each was ticked by hand (or listed by the CLI) after a compare. */
export const MAX_SYNC_DELETIONS = 10_000;

/** A glob over the path below the folder (and the prefix): `*.tmp`, `build/**`. */
const globSchema = z
  .string()
  .min(1)
  .max(512)
  .superRefine((pattern, ctx) => {
    const compiled = compileNamePattern({ mode: 'glob', pattern, caseSensitive: true });
    if (!compiled.ok) ctx.addIssue({ code: 'custom', message: compiled.reason });
  });

/** A folder prefix is the bucket's root ("") or ends in "/"; checked on the whole object. */
function checkFolderPrefix({ prefix }: { prefix: string }, ctx: z.RefinementCtx): void {
  // A prefix the key schema refused already has its issue: one per field is enough.
  if (prefix !== '' && !prefix.endsWith('/') && keyPrefixSchema.safeParse(prefix).success)
    ctx.addIssue({
      code: 'custom',
      path: ['prefix'],
      message: 'must be empty (the whole bucket) or end with "/"',
    });
}

/**
 * Which local folder and which prefix are compared, and which paths count. The folder is a
 * grant: the renderer never names a local path.
 */
const pairFields = {
  profileId: profileIdSchema,
  bucket: bucketNameSchema,
  prefix: keyPrefixSchema,
  folder: grantIdSchema,
  /** Only paths that match one of these (all when empty). */
  include: z.array(globSchema).max(MAX_SYNC_PATTERNS),
  /** Never paths that match one of these, even if included. */
  exclude: z.array(globSchema).max(MAX_SYNC_PATTERNS),
};

/** Compare a local folder with a prefix; the differences are read with tasks.results. */
export const compareSpecSchema = z
  .object({ kind: z.literal('compare'), ...pairFields })
  .strict()
  .superRefine(checkFolderPrefix);
export type CompareSpec = z.infer<typeof compareSpecSchema>;

export const syncDirections = ['upload', 'download', 'mirror-up', 'mirror-down'] as const;
export const syncDirectionSchema = z.enum(syncDirections);
export type SyncDirection = z.infer<typeof syncDirectionSchema>;

/** The side a direction writes to, and the one its deletions come from. */
export function writesRemote(direction: SyncDirection): boolean {
  return direction === 'upload' || direction === 'mirror-up';
}

/**
 * The difference whose newer copy is on the side a direction writes: copying it would replace
 * a newer file with an older one, so a sync keeps it unless told to replace newer files.
 */
export function newerOnWrittenSide(direction: SyncDirection): 'newerHere' | 'newerThere' {
  return writesRemote(direction) ? 'newerThere' : 'newerHere';
}

/**
 * Replace what is newer on the written side too (off by default, like `aws s3 sync`): a sync
 * loses nothing unless asked. Absent in specs journaled before it existed, which meant "replace";
 * such a sync resumed now keeps newer files, the safer reading.
 */
const replaceNewerSchema = z.boolean().default(false);

/**
 * Copy what differs one way; a mirror also deletes, but only the paths in `deletions` (below the
 * folder and prefix), each of which must still be on the written side only when the sync runs.
 */
export const syncSpecSchema = z
  .object({
    kind: z.literal('sync'),
    ...pairFields,
    direction: syncDirectionSchema,
    /** Compare only: nothing is copied or deleted. */
    dryRun: z.boolean(),
    deletions: z.array(z.string().min(1).max(1024)).max(MAX_SYNC_DELETIONS),
    replaceNewer: replaceNewerSchema,
  })
  .strict()
  .superRefine((spec, ctx) => {
    checkFolderPrefix(spec, ctx);
    if (spec.deletions.length > 0 && !spec.direction.startsWith('mirror'))
      ctx.addIssue({
        code: 'custom',
        path: ['deletions'],
        message: 'only a mirror deletes: upload and download never do',
      });
  });
export type SyncSpec = z.infer<typeof syncSpecSchema>;

/**
 * How a path differs: only in the folder, only under the prefix, or on both sides but not the
 * same, with the newer copy here (local) or there (the bucket).
 */
export const differenceKinds = ['onlyHere', 'onlyThere', 'newerHere', 'newerThere'] as const;
export const differenceKindSchema = z.enum(differenceKinds);
export type DifferenceKind = z.infer<typeof differenceKindSchema>;

const side = z.object({ size: z.number(), modified: z.string().nullable() }).nullable();

/** One path that differs; `path` is below both the folder and the prefix, "/"-separated. */
export const syncDifferenceSchema = z.object({
  path: z.string(),
  difference: differenceKindSchema,
  /** How a both-sides difference was told: sizes, content (MD5) or modified times. */
  by: z.enum(['presence', 'size', 'checksum', 'time']),
  local: side,
  remote: side,
});
export type SyncDifference = z.infer<typeof syncDifferenceSchema>;

const count = z.number().int().nonnegative();

export const compareCountsSchema = z.object({
  onlyHere: count,
  onlyThere: count,
  newerHere: count,
  newerThere: count,
  same: count,
});
export type CompareCounts = z.infer<typeof compareCountsSchema>;

/** What a compare found, in counts; the differences themselves are read with tasks.results. */
export const compareResultSchema = z.object({
  kind: z.literal('compare'),
  counts: compareCountsSchema,
  comparedAt: z.string(),
});

/** What a sync did (a dry run only compares). */
export const syncResultSchema = z.object({
  kind: z.literal('sync'),
  counts: compareCountsSchema,
  copied: count,
  deleted: count,
  /** Confirmed deletions left alone: no longer on the written side only. */
  keptDeletions: count,
  /** Paths newer on the written side that were (or, in a dry run, would be) left as they are. */
  keptNewer: count.default(0),
  dryRun: z.boolean(),
});

/** A folder and prefix saved to run again; the folder is shown by path and sent back as a grant. */
export const syncPairSchema = z.object({
  id: z.string(),
  profileId: z.string(),
  bucket: z.string(),
  prefix: z.string(),
  direction: syncDirectionSchema,
  include: z.array(z.string()),
  exclude: z.array(z.string()),
  replaceNewer: z.boolean(),
  /** For display only. */
  path: z.string(),
  /** Issued to the caller for this folder now; null when the folder is gone. */
  grant: z.string().nullable(),
  savedAt: z.string(),
});
export type SyncPair = z.infer<typeof syncPairSchema>;

export const saveSyncPairSchema = z
  .object({ ...pairFields, direction: syncDirectionSchema, replaceNewer: replaceNewerSchema })
  .strict()
  .superRefine(checkFolderPrefix);
export type SaveSyncPair = z.infer<typeof saveSyncPairSchema>;
