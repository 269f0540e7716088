import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { chmod, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { settle } from './secret-cipher.js';
import type { SecretCipher } from './secret-cipher.js';

const KEY_FILE = 'secret.key';
const ALGORITHM = 'aes-256-gcm';
const IV_BYTES = 12;
const TAG_BYTES = 16;

export const KEY_FILE_WARNING =
  'Secrets are encrypted with a key file readable only by your user account. ' +
  'This is weaker than the operating system keychain the desktop app uses: ' +
  'anyone who can read your files can read your secrets.';

async function loadOrCreateKey(dir: string): Promise<Buffer> {
  const path = join(dir, KEY_FILE);
  try {
    const key = await readFile(path);
    if (key.length === 32) {
      // Tighten permissions in case the file was copied with looser ones.
      await chmod(path, 0o600);
      return key;
    }
    throw new Error(`${path} is not a 32-byte key; move it away to start over`);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  const key = randomBytes(32);
  // 'wx' so two processes starting at once cannot overwrite each other's key.
  await writeFile(path, key, { mode: 0o600, flag: 'wx' });
  return key;
}

/** AES-256-GCM with a per-user key file, for hosts without an OS keychain. */
export async function createKeyFileCipher(dir: string): Promise<SecretCipher> {
  const key = await loadOrCreateKey(dir);
  return {
    storage: { kind: 'key-file', warning: KEY_FILE_WARNING },
    encrypt: (plain) =>
      settle(() => {
        const iv = randomBytes(IV_BYTES);
        const cipher = createCipheriv(ALGORITHM, key, iv);
        const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
        return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
      }),
    decrypt: (sealed) =>
      settle(() => {
        const raw = Buffer.from(sealed, 'base64');
        const iv = raw.subarray(0, IV_BYTES);
        const tag = raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES);
        const decipher = createDecipheriv(ALGORITHM, key, iv);
        decipher.setAuthTag(tag);
        const body = raw.subarray(IV_BYTES + TAG_BYTES);
        return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
      }),
  };
}
