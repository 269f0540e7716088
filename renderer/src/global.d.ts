import type { Bridge } from './contract/bridge.js';

declare global {
  interface Window {
    /** Present only inside Electron, where the preload exposes it. */
    readonly holdall?: Bridge;
  }
}
