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
});
export type HostInfo = z.infer<typeof hostInfoSchema>;
