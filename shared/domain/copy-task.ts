import { z } from 'zod';
import { bucketNameSchema } from './listing.js';
import { keyPrefixSchema, objectKeySchema } from './object-key.js';
import { prefixIfExistsSchema } from './copy-prefix.js';
import { profileIdSchema } from './profile.js';

/** Items one copy or move task may carry: a select-all of a big folder, with room to spare. */
export const MAX_TRANSFER_ITEMS = 100_000;

/** One selected thing and where it goes: an object to a key, or a folder to a prefix. */
export const transferItemSchema = z.discriminatedUnion('kind', [
  z
    .object({ kind: z.literal('object'), source: objectKeySchema, target: objectKeySchema })
    .strict(),
  z
    .object({
      kind: z.literal('folder'),
      // A folder's prefix, never the whole bucket; its target may be the top of a bucket ('').
      source: objectKeySchema.refine((p) => p.endsWith('/'), 'must end with "/"'),
      target: keyPrefixSchema.refine((p) => p === '' || p.endsWith('/'), 'must end with "/"'),
    })
    .strict(),
]);
export type TransferItem = z.infer<typeof transferItemSchema>;

const transferFields = {
  profileId: profileIdSchema,
  /** Where the sources are. */
  bucket: bucketNameSchema,
  targetBucket: bucketNameSchema,
  items: z.array(transferItemSchema).min(1).max(MAX_TRANSFER_ITEMS),
  /** Target keys that already exist: replaced, or left alone (a move then keeps the source). */
  ifExists: prefixIfExistsSchema,
};

/** Copies objects and folders (everything under them) to another place, in one bucket or two. */
export const copyTaskSpecSchema = z.object({ kind: z.literal('copy'), ...transferFields }).strict();
/** A copy that deletes each source once its copy is stored: no object is ever in neither place. */
export const moveTaskSpecSchema = z.object({ kind: z.literal('move'), ...transferFields }).strict();
export type TransferSpec = z.infer<typeof copyTaskSpecSchema> | z.infer<typeof moveTaskSpecSchema>;

/** What a finished copy or move did, counted in objects. */
export const transferResultSchema = z.object({
  kind: z.literal('transfer'),
  copied: z.number(),
  /** Left alone because the target existed (ifExists: 'skip'). */
  skipped: z.number(),
  /** Sources a move removed; 0 for a copy. */
  deleted: z.number(),
});
export type TransferResult = z.infer<typeof transferResultSchema>;
