import { z } from 'zod';
import { MAX_TRANSFER_ITEMS } from './copy-task.js';
import { bucketNameSchema } from './listing.js';
import { objectKeySchema } from './object-key.js';
import { profileIdSchema } from './profile.js';

/**
 * A selection to delete, in one bucket: objects by key, and folders with every key under each
 * (the folder's own key included). A folder is never the whole bucket: emptying one is the
 * emptyBucket task, behind its own confirmation.
 */
export const deleteTaskSpecSchema = z
  .object({
    kind: z.literal('delete'),
    profileId: profileIdSchema,
    bucket: bucketNameSchema,
    keys: z.array(objectKeySchema).max(MAX_TRANSFER_ITEMS),
    /** Every key that starts with each (a folder's ends in "/"); never '', the whole bucket. */
    prefixes: z.array(objectKeySchema).max(MAX_TRANSFER_ITEMS),
  })
  .strict()
  .refine((spec) => spec.keys.length + spec.prefixes.length > 0, {
    message: 'names nothing to delete: give keys or prefixes',
    path: ['keys'],
  });
export type DeleteTaskSpec = z.infer<typeof deleteTaskSpecSchema>;
