import { createCipheriv, createDecipheriv, randomBytes, scrypt } from 'node:crypto';
import { AppError } from '../../../shared/contract/envelope.js';
import { fileSecretsSchema } from '../../../shared/domain/connection-file.js';
import type {
  FileSecrets,
  ScryptParams,
  SealedSecrets,
} from '../../../shared/domain/connection-file.js';

/** scrypt's recommended interactive cost: about 100 ms and 32 MiB here. */
const EXPORT_PARAMS = { cost: 2 ** 15, blockSize: 8, parallelization: 1 } as const;
const KEY_BYTES = 32;

function deriveKey(passphrase: string, kdf: ScryptParams): Promise<Buffer> {
  const { cost: N, blockSize: r, parallelization: p } = kdf;
  return new Promise((resolve, reject) => {
    // scrypt needs 128·N·r bytes; Node's default cap (32 MiB) is exactly the export's need.
    scrypt(
      passphrase.normalize('NFC'),
      Buffer.from(kdf.salt, 'base64'),
      KEY_BYTES,
      { N, r, p, maxmem: 256 * N * r + 1024 * 1024 },
      (err, key) => (err === null ? resolve(key) : reject(err)),
    );
  });
}

/** The connections' secrets sealed by the passphrase, with everything needed to open them. */
export async function sealSecrets(
  secrets: FileSecrets,
  passphrase: string,
): Promise<SealedSecrets> {
  const kdf: ScryptParams = {
    name: 'scrypt',
    salt: randomBytes(16).toString('base64'),
    ...EXPORT_PARAMS,
  };
  const key = await deriveKey(passphrase, kdf);
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  const data = Buffer.concat([cipher.update(JSON.stringify(secrets), 'utf8'), cipher.final()]);
  return {
    kdf,
    cipher: {
      name: 'aes-256-gcm',
      nonce: nonce.toString('base64'),
      tag: cipher.getAuthTag().toString('base64'),
    },
    data: data.toString('base64'),
  };
}

const wrongPassphrase = () =>
  new AppError(
    'SecretUnavailable',
    'The passphrase does not open this file’s secrets (or the file was changed): nothing was imported.',
    { reason: 'wrongPassphrase' },
  );

/**
 * The secrets a file holds, for `count` connections. A wrong passphrase and a changed file look
 * the same to GCM; both are refused in plain words.
 */
export async function openSecrets(
  sealed: SealedSecrets,
  passphrase: string,
  count: number,
): Promise<FileSecrets> {
  const key = await deriveKey(passphrase, sealed.kdf);
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(sealed.cipher.nonce, 'base64'));
  decipher.setAuthTag(Buffer.from(sealed.cipher.tag, 'base64'));
  let text: string;
  try {
    text = Buffer.concat([
      decipher.update(Buffer.from(sealed.data, 'base64')),
      decipher.final(),
    ]).toString('utf8');
  } catch {
    throw wrongPassphrase();
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  const parsed = fileSecretsSchema.length(count).safeParse(json);
  if (!parsed.success)
    throw new AppError(
      'InvalidInput',
      'The file’s sealed secrets do not match its connections: nothing was imported.',
    );
  return parsed.data;
}
