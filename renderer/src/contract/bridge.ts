import type { Envelope } from '../../../shared/contract/envelope.js';
import type { MediaRef } from '../../../shared/domain/media-url.js';

export type HostKind = 'electron' | 'web';

/**
 * The untyped transport both hosts provide: the Electron preload exposes this
 * object as `window.holdall`, and the web bridge implements it over HTTP + WebSocket.
 */
export interface Bridge {
  invoke(channel: string, input: unknown): Promise<Envelope<unknown>>;
  on(event: string, listener: (payload: unknown) => void): () => void;
  /** Electron only: where a dropped file lives on disk. The browser host spools drops instead. */
  pathForFile?(file: File): string;
  /** Transports that can drop (the web bridge's WebSocket) tell when they are back. */
  onReconnect?(listener: () => void): () => void;
  /** A URL media elements stream the object from, with Range (the host's media route). */
  mediaUrl?(ref: MediaRef): string;
  host: HostKind;
}
