import { z } from 'zod';
import { describeIssues } from '../contract/dispatch.js';
import { profileSummarySchema } from './profile.js';

/**
 * A `.holdall-connections.json` file: connections without their ids, and optionally their
 * secrets sealed by a passphrase (scrypt, then AES-256-GCM; see docs/connection-files.md).
 */
export const CONNECTION_FILE_FORMAT = 'holdall-connections';
export const CONNECTION_FILE_VERSION = 1;
export const CONNECTION_FILE_SUFFIX = '.holdall-connections.json';
/** Far above 500 connections with sealed secrets; a bigger file is not one of ours. */
export const MAX_CONNECTION_FILE_BYTES = 4 * 1024 * 1024;
export const MAX_CONNECTIONS_PER_FILE = 500;
export const MIN_PASSPHRASE_LENGTH = 10;

/**
 * One connection as the file holds it: every field a profile has (derived from the profile's
 * own schema, so fields added there travel too), minus its id and the hints of its secrets.
 */
export const fileConnectionSchema = profileSummarySchema
  .omit({ id: true, secretHint: true, sessionTokenHint: true, hasProxyPassword: true })
  .strict();
export type FileConnection = z.infer<typeof fileConnectionSchema>;

const base64 = (min: number, max: number) =>
  z
    .string()
    .max(Math.ceil(max / 3) * 4 + 4)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'is not base64')
    .refine((text) => {
      const bytes = Math.floor((text.length * 3) / 4) - (text.match(/=/g)?.length ?? 0);
      return bytes >= min && bytes <= max;
    }, `must hold ${min} to ${max} bytes`);

/** Bounded so a hostile file cannot make the import spend minutes or gigabytes deriving a key. */
export const scryptParamsSchema = z
  .object({
    name: z.literal('scrypt'),
    salt: base64(16, 64),
    cost: z
      .number()
      .int()
      .min(2 ** 14)
      .max(2 ** 18)
      .refine((n) => (n & (n - 1)) === 0, 'must be a power of two'),
    blockSize: z.number().int().min(1).max(16),
    parallelization: z.number().int().min(1).max(4),
  })
  .strict();
export type ScryptParams = z.infer<typeof scryptParamsSchema>;

export const sealedSecretsSchema = z
  .object({
    kdf: scryptParamsSchema,
    cipher: z
      .object({ name: z.literal('aes-256-gcm'), nonce: base64(12, 12), tag: base64(16, 16) })
      .strict(),
    /** The sealed JSON: one entry per connection, in order (see `fileSecretsSchema`). */
    data: base64(2, MAX_CONNECTION_FILE_BYTES),
  })
  .strict();
export type SealedSecrets = z.infer<typeof sealedSecretsSchema>;

/**
 * What the sealed data opens to: each connection's stored secrets, or null when it has none.
 * A connection whose keys come from elsewhere (a profile, a role, SSO) may still hold a proxy
 * password, so the secret key is optional.
 */
export const fileSecretsSchema = z.array(
  z
    .object({
      secretAccessKey: z.string().min(1).max(1024).optional(),
      sessionToken: z.string().max(8192).optional(),
      proxyPassword: z.string().min(1).max(1024).optional(),
    })
    .strict()
    .nullable(),
);
export type FileSecrets = z.infer<typeof fileSecretsSchema>;

export const connectionFileSchema = z
  .object({
    format: z.literal(CONNECTION_FILE_FORMAT),
    version: z.literal(CONNECTION_FILE_VERSION),
    exportedAt: z.string().max(64),
    connections: z.array(fileConnectionSchema).min(1).max(MAX_CONNECTIONS_PER_FILE),
    sealedSecrets: sealedSecretsSchema.optional(),
  })
  .strict();
export type ConnectionFile = z.infer<typeof connectionFileSchema>;

/** Why a file is not a connections file this version reads, naming the bad field. */
export class ConnectionFileError extends Error {
  override readonly name = 'ConnectionFileError';
}

/**
 * The file's text read and checked whole; anything else throws a ConnectionFileError only.
 * An older or newer version is named as such, so people know to update rather than retry.
 */
export function parseConnectionFile(text: string): ConnectionFile {
  if (text.length > MAX_CONNECTION_FILE_BYTES)
    throw new ConnectionFileError(
      `The file is larger than ${MAX_CONNECTION_FILE_BYTES / 1024 / 1024} MiB: not a connections file.`,
    );
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ConnectionFileError('The file is not JSON: not a connections file.');
  }
  const head = z
    .object({ format: z.literal(CONNECTION_FILE_FORMAT), version: z.number() })
    .safeParse(json);
  if (!head.success)
    throw new ConnectionFileError('The file is not a Holdall connections file (format).');
  if (head.data.version !== CONNECTION_FILE_VERSION)
    throw new ConnectionFileError(
      `The file is version ${head.data.version}; this Holdall reads version ${CONNECTION_FILE_VERSION}.`,
    );
  const parsed = connectionFileSchema.safeParse(json);
  if (!parsed.success)
    throw new ConnectionFileError(
      `The file is not a connections file this version reads: ${describeIssues(parsed.error.issues.slice(0, 5))}`,
    );
  return parsed.data;
}
