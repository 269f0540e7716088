import { createDispatcher } from '../../shared/contract/dispatch.js';
import type { Dispatch } from '../../shared/contract/dispatch.js';
import type { EmitEvent } from '../../shared/contract/handlers.js';
import type { HostInfo } from '../../shared/domain/host.js';
import { createHandlers } from './handlers.js';
import { ProfileStore } from './profiles/profile-store.js';
import { ClientPool } from './s3/client-pool.js';
import { toAppError } from './s3/errors.js';
import type { SecretCipher } from './secrets/secret-cipher.js';

export interface CoreOptions {
  appDataDir: string;
  cipher: SecretCipher;
  host: Omit<HostInfo, 'secretStorage'>;
  emit: EmitEvent;
}

export interface Core {
  dispatch: Dispatch;
  close(): void;
}

/** Wires store, clients and handlers behind the one dispatcher both hosts call. */
export function createCore({ appDataDir, cipher, host, emit }: CoreOptions): Core {
  const store = new ProfileStore(appDataDir, cipher);
  const clients = new ClientPool(store);
  const hostInfo: HostInfo = { ...host, secretStorage: cipher.storage };
  const handlers = createHandlers({ store, clients, hostInfo, emit });
  return {
    dispatch: createDispatcher(handlers, toAppError),
    close: () => clients.destroyAll(),
  };
}
