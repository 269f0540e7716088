import { z } from 'zod';
import { grantIdSchema } from '../../domain/local-grant.js';

/** What a person needs to decide whether to trust a certificate (never a private key). */
export const certificateInfoSchema = z.object({
  subject: z.string(),
  issuer: z.string(),
  /** Colon-separated upper-case hex, as `openssl x509 -fingerprint -sha256` prints it. */
  fingerprint256: z.string(),
  validFrom: z.string(),
  validTo: z.string(),
});
export type CertificateDetails = z.infer<typeof certificateInfoSchema>;

export const certificateChannels = {
  /**
   * Reads a PEM file the host's picker granted (a CA bundle or one certificate to pin), or
   * describes PEM text a connection already holds. Answers the text, for the connection's
   * settings, and what each certificate in it says.
   */
  'network.readCertificates': {
    input: z.union([
      z.object({ grant: grantIdSchema }).strict(),
      z
        .object({
          pem: z
            .string()
            .min(1)
            .max(512 * 1024),
        })
        .strict(),
    ]),
    output: z.object({ pem: z.string(), certificates: z.array(certificateInfoSchema) }),
  },
} as const;
