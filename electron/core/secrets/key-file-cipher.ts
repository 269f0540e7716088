import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { chmod, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { countSealedSecrets } from '../profiles/profile-store.js';
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

export interface KeyFileOptions {
  /** How many stored secrets the key seals; by default the saved connections beside it. */
  sealedSecrets?: (dir: string) => Promise<number>;
  /**
   * When the key file is gone but secrets sealed with it remain: make a new key (those secrets
   * then cannot be read and must be entered again) instead of refusing to start.
   */
  replaceLostKey?: boolean;
  /** Told how many secrets were sealed with the lost key when a new one replaces it. */
  onReplacedLostKey?: (lostSecrets: number) => void;
}

/** The key file is gone while secrets sealed with it remain: starting would strand them. */
export class KeyFileLostError extends Error {
  constructor(path: string, lostSecrets: number) {
    super(
      `The key file ${path} is missing, but ${lostSecrets} saved connection` +
        `${lostSecrets === 1 ? ' has its secret' : 's have their secrets'} sealed with it. ` +
        'Nothing was changed. Restore the key file from a backup and start again, or start ' +
        'with --new-secret-key to make a new key and enter those secrets again (the ' +
        'connections themselves are kept).',
    );
    this.name = 'KeyFileLostError';
  }
}

async function readKey(path: string): Promise<Buffer | undefined> {
  try {
    const key = await readFile(path);
    if (key.length === 32) {
      // Tighten permissions in case the file was copied with looser ones.
      await chmod(path, 0o600);
      return key;
    }
    throw new Error(
      `${path} is not a 32-byte key; restore the right one, or move it away and start with ` +
        '--new-secret-key to make a new one',
    );
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    return undefined;
  }
}

async function loadOrCreateKey(dir: string, options: KeyFileOptions): Promise<Buffer> {
  const path = join(dir, KEY_FILE);
  const existing = await readKey(path);
  if (existing !== undefined) return existing;
  // A new key would make every stored secret unreadable for good: only when asked to.
  const lostSecrets = await (options.sealedSecrets ?? countSealedSecrets)(dir).catch(
    (err: unknown) => {
      throw new Error(
        `The key file ${path} is missing, and the saved connections cannot be read to tell ` +
          `whether secrets were sealed with it: ${err instanceof Error ? err.message : String(err)}`,
      );
    },
  );
  if (lostSecrets > 0 && options.replaceLostKey !== true)
    throw new KeyFileLostError(path, lostSecrets);
  const key = randomBytes(32);
  // 'wx' so two processes starting at once cannot overwrite each other's key.
  await writeFile(path, key, { mode: 0o600, flag: 'wx' });
  if (lostSecrets > 0) options.onReplacedLostKey?.(lostSecrets);
  return key;
}

/** AES-256-GCM with a per-user key file, for hosts without an OS keychain. */
export async function createKeyFileCipher(
  dir: string,
  options: KeyFileOptions = {},
): Promise<SecretCipher> {
  const key = await loadOrCreateKey(dir, options);
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
