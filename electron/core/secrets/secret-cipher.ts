import type { SecretStorage } from '../../../shared/domain/host.js';

/**
 * How a host protects secrets at rest. Core only sees this interface; the
 * Electron host backs it with safeStorage, the browser host with a key file.
 */
export interface SecretCipher {
  readonly storage: SecretStorage;
  encrypt(plain: string): Promise<string>;
  decrypt(sealed: string): Promise<string>;
}

/** Runs synchronous crypto so that a failure rejects instead of throwing at the call site. */
export function settle<T>(work: () => T): Promise<T> {
  return new Promise((resolve) => resolve(work()));
}
