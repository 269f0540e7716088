import { safeStorage } from 'electron';
import { settle } from '../core/secrets/secret-cipher.js';
import type { SecretCipher } from '../core/secrets/secret-cipher.js';

export const BASIC_TEXT_WARNING =
  'No system keyring was found, so Electron stores secrets with its "basic_text" backend, ' +
  'which is plaintext in practice. Install and unlock a keyring (GNOME Keyring or KWallet) ' +
  'to protect your secret keys.';

/** Secrets sealed by the OS keychain through Electron's safeStorage. */
export function createSafeStorageCipher(): SecretCipher {
  const weak =
    process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text';
  return {
    storage: weak
      ? { kind: 'basic-text', warning: BASIC_TEXT_WARNING }
      : { kind: 'os-keychain', warning: null },
    encrypt: (plain) => settle(() => safeStorage.encryptString(plain).toString('base64')),
    decrypt: (sealed) => settle(() => safeStorage.decryptString(Buffer.from(sealed, 'base64'))),
  };
}
