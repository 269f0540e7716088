import { z } from 'zod';
import { MIN_PASSPHRASE_LENGTH } from '../../domain/connection-file.js';
import { grantIdSchema } from '../../domain/local-grant.js';
import { profileIdSchema, profileSummarySchema, providerIdSchema } from '../../domain/profile.js';
import { credentialSourceKinds } from '../../domain/credential-source.js';

const passphraseSchema = z
  .string()
  .min(MIN_PASSPHRASE_LENGTH, `must be at least ${MIN_PASSPHRASE_LENGTH} characters`)
  .max(1024);

/** A bare file name for a file written into a granted folder (the browser host's picker). */
const exportFileNameSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[^/\\\0]+$/, 'must be a file name, not a path')
  .refine((name) => name !== '.' && name !== '..', 'must be a file name, not a path');

/** What the import shows before anything is added: never a secret. */
export const connectionFilePreviewSchema = z.object({
  connections: z.array(
    z.object({
      name: z.string(),
      endpoint: z.string(),
      provider: providerIdSchema,
      credentialKind: z.enum(credentialSourceKinds),
      /** A connection of the same name exists already. */
      clashes: z.boolean(),
    }),
  ),
  /** The file holds the secrets sealed by a passphrase. */
  sealed: z.boolean(),
});
export type ConnectionFilePreview = z.infer<typeof connectionFilePreviewSchema>;

export const connectionFileChannels = {
  /**
   * Writes the connections to a `.holdall-connections.json` file: a save dialog's file grant, or
   * a folder grant and a file name. With a passphrase, their secrets go sealed in the file.
   */
  'profiles.exportFile': {
    input: z
      .object({
        ids: z.array(profileIdSchema).min(1, 'is required').max(500),
        grant: grantIdSchema,
        fileName: exportFileNameSchema.optional(),
        passphrase: passphraseSchema.optional(),
      })
      .strict(),
    output: z.object({ path: z.string(), count: z.number(), withSecrets: z.boolean() }),
  },
  /** Reads and checks a connections file (a read grant); answers what it holds. */
  'profiles.previewFile': {
    input: z.object({ grant: grantIdSchema }).strict(),
    output: connectionFilePreviewSchema,
  },
  /** Imports the whole file or, on any error, nothing. */
  'profiles.importFile': {
    input: z
      .object({
        grant: grantIdSchema,
        /** Required for a file with sealed secrets, which is refused without it. */
        passphrase: z.string().min(1).max(1024).optional(),
        onClash: z.enum(['rename', 'skip']),
      })
      .strict(),
    output: z.object({
      imported: z.array(profileSummarySchema),
      /** Names left out because a connection of that name exists (`skip`). */
      skipped: z.array(z.string()),
    }),
  },
} as const;
