import type { Envelope } from '../../../shared/contract/envelope.js';
import type {
  FolderPurpose,
  LocalGrant,
  PickedFolder,
} from '../../../shared/domain/local-grant.js';
import type { MediaRef } from '../../../shared/domain/media-url.js';

export type HostKind = 'electron' | 'web';

/**
 * The untyped transport both hosts provide: the Electron preload exposes this
 * object as `window.holdall` (see electron-bridge.ts), and the web bridge implements it over
 * HTTP + WebSocket.
 */
export interface Bridge {
  /** One contract call; aborting the signal stops the host's work for it. */
  invoke(channel: string, input: unknown, signal?: AbortSignal): Promise<Envelope<unknown>>;
  on(event: string, listener: (payload: unknown) => void): () => void;
  /**
   * Electron only: read grants for Files the user dropped or picked (a picked folder's files
   * give one grant for the folder; the preload reads where each sits from the File itself).
   * The browser host spools drops instead.
   */
  grantFiles?(files: readonly File[]): Promise<Envelope<string[]>>;
  /**
   * Electron only: the native folder dialog; a write grant for the folder (or, for a `purpose`,
   * a read grant, or for a sync a write `grant` and a `readGrant`), or null if canceled.
   */
  pickFolder?(options?: { purpose: FolderPurpose }): Promise<Envelope<PickedFolder | null>>;
  /** Electron only: "Upload files…" in the native open dialog; read grants, or null if canceled. */
  pickUploadFiles?(): Promise<Envelope<string[] | null>>;
  /** Electron only: "Upload folder…" in the native folder dialog; a read grant, or null. */
  pickUploadFolder?(): Promise<Envelope<string[] | null>>;
  /**
   * Electron only: "Download as…" in the native save dialog, starting with `suggestedName`; a
   * write grant for exactly the file named, or null if canceled.
   */
  pickSaveFile?(suggestedName: string): Promise<Envelope<LocalGrant | null>>;
  /**
   * Electron only: from a row's dragstart, drags these files out to the desktop (main downloads
   * them first, shown in the transfers panel, then starts the system drag).
   */
  dragOut?(objects: {
    profileId: string;
    bucket: string;
    keys: readonly string[];
  }): Promise<Envelope<{ dragged: number }>>;
  /** Transports that can drop (the web bridge's WebSocket) tell when they are back. */
  onReconnect?(listener: () => void): () => void;
  /** Electron only: an http(s) link in the default browser (the browser host opens a tab). */
  openInBrowser?(url: string): Promise<Envelope<null>>;
  /** A URL media elements stream the object from, with Range (the host's media route). */
  mediaUrl?(ref: MediaRef): string;
  host: HostKind;
}
