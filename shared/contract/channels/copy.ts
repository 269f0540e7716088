import { z } from 'zod';
import {
  operationIdSchema,
  prefixCopyResultSchema,
  prefixIfExistsSchema,
  prefixLocationSchema,
  prefixProgressSchema,
} from '../../domain/copy-prefix.js';
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

const prefixInput = z
  .object({
    profileId: profileIdSchema,
    source: prefixLocationSchema,
    target: prefixLocationSchema,
    /** Chosen by the caller so it can match the progress events to this call. */
    operationId: operationIdSchema,
    /** Target keys that already exist are replaced (the default) or left alone. */
    ifExists: prefixIfExistsSchema.optional(),
  })
  .strict();

/**
 * Copying and moving objects and folders, within a bucket or between buckets. Large objects are
 * copied part by part in the core (the multipart channels are the same S3 operations, one each).
 */
export const copyChannels = {
  'objects.copy': { input: copyInput, output: copyResultSchema },
  /** Copy, then delete the source: S3's rename. */
  'objects.move': { input: copyInput, output: copyResultSchema },
  'objects.copyPrefix': { input: prefixInput, output: prefixCopyResultSchema },
  'objects.movePrefix': { input: prefixInput, output: prefixCopyResultSchema },
  /**
   * Asks a running copyPrefix/movePrefix to start no further keys: it finishes the ones in
   * flight (a move deletes their sources) and answers with canceled: true.
   */
  'objects.stopPrefix': {
    input: z.object({ operationId: operationIdSchema }).strict(),
    output: z.object({ stopping: z.boolean() }),
  },
} as const;

export const copyEvents = {
  'objects.prefixProgress': prefixProgressSchema,
} as const;
