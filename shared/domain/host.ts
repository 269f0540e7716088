import { z } from 'zod';

export const secretStorageSchema = z.object({
  kind: z.enum(['os-keychain', 'basic-text', 'key-file']),
  /** Set when the storage is weaker than an OS keychain; the UI shows it. */
  warning: z.string().nullable(),
});
export type SecretStorage = z.infer<typeof secretStorageSchema>;

export const hostInfoSchema = z.object({
  kind: z.enum(['electron', 'web']),
  version: z.string(),
  secretStorage: secretStorageSchema,
  /** The person read the storage warning and chose not to see it as a banner again. */
  storageWarningAcknowledged: z.boolean(),
});
export type HostInfo = z.infer<typeof hostInfoSchema>;
