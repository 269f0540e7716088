import { z } from 'zod';
import { saveSyncPairSchema, syncPairSchema } from '../../domain/sync.js';

export const syncPairsChannels = {
  /** Saved pairs, each with a grant for its folder issued now (null when the folder is gone). */
  'syncPairs.list': { input: z.object({}).strict(), output: z.array(syncPairSchema) },
  /** Saves a folder (by grant) and a place to sync again; the same pair saved again replaces it. */
  'syncPairs.save': { input: saveSyncPairSchema, output: syncPairSchema },
  'syncPairs.delete': {
    input: z.object({ id: z.string().min(1).max(64) }).strict(),
    output: z.object({ deleted: z.boolean() }),
  },
} as const;
