import { open } from 'node:fs/promises';
import type { certificateChannels } from '../../../shared/contract/channels/certificates.js';
import { AppError } from '../../../shared/contract/envelope.js';
import { certificatesOf } from '../s3/certificate-info.js';
import type { CoreDeps, DomainHandlers } from './deps.js';
import { localPaths } from './local-paths.js';

/** The settings' own cap: a larger file is no certificate bundle anyone means to trust. */
const MAX_PEM_BYTES = 512 * 1024;

/** OpenSSL's "Dec  7 02:00:00 2026 GMT", as ISO for the renderer to show in the person's language. */
function isoDate(openssl: string): string {
  const date = new Date(openssl);
  return Number.isNaN(date.getTime()) ? openssl : date.toISOString();
}

async function readPem(path: string): Promise<string> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    if (size > MAX_PEM_BYTES) {
      throw new AppError('InvalidInput', 'certificate: the file is larger than 512 KiB', {
        fields: ['certificate'],
      });
    }
    return await handle.readFile('utf8');
  } finally {
    await handle.close();
  }
}

/** Certificates a connection trusts, read through the host's read grants only. */
export function certificateHandlers(deps: CoreDeps): DomainHandlers<typeof certificateChannels> {
  const paths = localPaths(deps);
  return {
    'network.readCertificates': async (input, ctx) => {
      const text =
        'grant' in input
          ? await readPem(await paths.resolve(ctx, input.grant, ['readFile']))
          : input.pem;
      const certificates = certificatesOf(text, 'certificate');
      // Only the certificates travel on: a private key someone kept in the same file stays here.
      const pem = certificates.map((c) => c.pem.trim()).join('\n') + '\n';
      return {
        pem,
        certificates: certificates.map(
          ({ subject, issuer, fingerprint256, validFrom, validTo }) => ({
            subject,
            issuer,
            fingerprint256,
            validFrom: isoDate(validFrom),
            validTo: isoDate(validTo),
          }),
        ),
      };
    },
  };
}
