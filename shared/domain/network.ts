import { z } from 'zod';

/**
 * A connection's advanced network settings: how it reaches the endpoint (proxy) and which
 * certificates it trusts. Absent means today's behaviour: no proxy, the system's CAs.
 */

const proxyUrl = z
  .url({
    protocol: /^https?$/,
    error: 'must be an http:// or https:// proxy address (host and port)',
  })
  .max(2048)
  .refine((text) => !/^https?:\/\/[^/]*@/.test(text), {
    error: 'must not hold a user name or password: use the fields for them',
  });

export const proxySettingsSchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('none') }).strict(),
  /** HTTPS_PROXY / HTTP_PROXY / NO_PROXY, read when the connection opens. */
  z.object({ mode: z.literal('environment') }).strict(),
  /**
   * The operating system's own proxy settings, asked per endpoint when the connection opens
   * (the desktop app). Hosts that cannot ask the system (browser host, command line) read
   * the environment instead.
   */
  z.object({ mode: z.literal('system') }).strict(),
  z
    .object({
      mode: z.literal('url'),
      url: proxyUrl,
      /** With a password, sealed like the secret key and never sent back to the renderer. */
      username: z.string().max(256).optional(),
    })
    .strict(),
]);
export type ProxySettings = z.infer<typeof proxySettingsSchema>;

const MAX_PEM_CHARS = 512 * 1024;
const pemText = z
  .string()
  .max(MAX_PEM_CHARS, { error: 'is larger than 512 KiB' })
  .regex(/-----BEGIN CERTIFICATE-----/, { error: 'holds no PEM certificate' });

/** Upper-case hex pairs separated by colons, as `openssl x509 -fingerprint -sha256` prints. */
export const sha256FingerprintSchema = z
  .string()
  .transform((text) => text.trim().toUpperCase())
  .pipe(z.string().regex(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/, 'is not a SHA-256 fingerprint'));

export const trustSettingsSchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('system') }).strict(),
  /** A private CA bundle, besides the system's CAs. */
  z.object({ mode: z.literal('bundle'), pem: pemText }).strict(),
  /** Exactly this certificate and no other, whoever signed it. */
  z
    .object({ mode: z.literal('pinned'), pem: pemText, fingerprint: sha256FingerprintSchema })
    .strict(),
]);
export type TrustSettings = z.infer<typeof trustSettingsSchema>;

export const connectTimeoutLimits = { min: 1, max: 300, default: 5 } as const;

export const networkSettingsSchema = z
  .object({
    proxy: proxySettingsSchema.optional(),
    trust: trustSettingsSchema.optional(),
    /** Seconds to open the TCP (and proxy) connection. */
    connectTimeout: z
      .number({ error: 'must be a whole number of seconds' })
      .int({ error: 'must be a whole number of seconds' })
      .min(connectTimeoutLimits.min, { error: 'must be 1 to 300 seconds' })
      .max(connectTimeoutLimits.max, { error: 'must be 1 to 300 seconds' })
      .optional(),
  })
  .strict();
export type NetworkSettings = z.infer<typeof networkSettingsSchema>;

/** True when these settings change nothing: the client keeps its default agents. */
export function isDefaultNetwork(network: NetworkSettings | undefined): boolean {
  return (
    network === undefined ||
    ((network.proxy === undefined || network.proxy.mode === 'none') &&
      (network.trust === undefined || network.trust.mode === 'system'))
  );
}
