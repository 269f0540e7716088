import type { PreloadApi } from './contract/electron-bridge.js';

declare global {
  interface Window {
    /** Present only inside Electron, where the preload exposes it. */
    readonly holdall?: PreloadApi;
  }
}
