import { z } from 'zod';
import {
  copyOptionsSchema,
  copyResultSchema,
  objectLocationSchema,
} from '../../domain/copy-request.js';
import { profileIdSchema } from '../../domain/profile.js';

const copyInput = z
  .object({
    profileId: profileIdSchema,
    source: objectLocationSchema,
    target: objectLocationSchema,
    options: copyOptionsSchema.optional(),
  })
  .strict();

/**
 * Copying one object, within a bucket or between buckets (an edit in place, a restore). Large
 * objects are copied part by part in the core. Selections and folders are `copy` and `move` tasks.
 */
export const copyChannels = {
  'objects.copy': { input: copyInput, output: copyResultSchema },
} as const;
