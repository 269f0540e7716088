import type { Bridge } from './bridge.js';
import { createWebBridge } from './web-bridge.js';

/** Electron's preload bridge when present, else the browser host over HTTP. */
export function selectBridge(): Bridge {
  return window.holdall ?? createWebBridge(window.location);
}
