import { z } from 'zod';
import { bucketNameSchema } from './listing.js';
import { keyPrefixSchema, objectKeySchema } from './object-key.js';
import { profileIdSchema } from './profile.js';

const count = z.number().int().nonnegative();

/** At most this many keys and folders in one "Calculate size" of a selection. */
export const MAX_SIZE_SELECTION = 1_000;

/** A selected folder ends in "/"; anything inside it is already counted by it. */
function nestedEntry(selection: readonly string[]): string | undefined {
  const folders = new Set(selection.filter((entry) => entry.endsWith('/')));
  const seen = new Set<string>();
  for (const entry of selection) {
    if (seen.has(entry)) return entry;
    seen.add(entry);
    for (let end = entry.indexOf('/'); end !== -1 && end < entry.length - 1;) {
      if (folders.has(entry.slice(0, end + 1))) return entry;
      end = entry.indexOf('/', end + 1);
    }
  }
  return undefined;
}

/**
 * "Calculate size": a folder, the whole bucket (prefix ""), or a selection of keys and folders
 * (ending "/") at one place. With `versions`, noncurrent versions are counted too.
 */
export const sizeSpecSchema = z
  .object({
    kind: z.literal('size'),
    profileId: profileIdSchema,
    bucket: bucketNameSchema,
    prefix: keyPrefixSchema,
    selection: z
      .array(objectKeySchema)
      .min(1)
      .max(MAX_SIZE_SELECTION)
      .superRefine((selection, ctx) => {
        const nested = nestedEntry(selection);
        if (nested !== undefined)
          ctx.addIssue({
            code: 'custom',
            message: `names "${nested}" twice (again, or inside a selected folder)`,
          });
      })
      .optional(),
    versions: z.boolean(),
  })
  .strict();
export type SizeSpec = z.infer<typeof sizeSpecSchema>;

export const storageClassSizeSchema = z.object({
  storageClass: z.string(),
  objects: count,
  bytes: count,
});
export type StorageClassSize = z.infer<typeof storageClassSizeSchema>;

/** What a size task found. Incomplete uploads are counted, not measured: their parts would cost a request each. */
export const folderSizeSchema = z.object({
  kind: z.literal('size'),
  /** Current objects (delete markers are not objects). */
  objects: count,
  bytes: count,
  /** Current objects by storage class, largest first. */
  byStorageClass: z.array(storageClassSizeSchema),
  incompleteUploads: count,
  /** Null when versions were not counted. */
  noncurrent: z.object({ versions: count, bytes: count }).nullable(),
  computedAt: z.string(),
});
export type FolderSize = z.infer<typeof folderSizeSchema>;

/** A folder's or bucket's last size, as remembered across restarts. */
export const rememberedSizeInputSchema = z
  .object({
    profileId: profileIdSchema,
    bucket: bucketNameSchema,
    prefix: keyPrefixSchema,
    versions: z.boolean(),
  })
  .strict();
export type RememberedSizeInput = z.infer<typeof rememberedSizeInputSchema>;
