import type { Bridge } from './bridge.js';
import { electronBridge } from './electron-bridge.js';
import { createWebBridge } from './web-bridge.js';

/** Electron's preload bridge when present, else the browser host over HTTP. */
export function selectBridge(): Bridge {
  return window.holdall === undefined
    ? createWebBridge(window.location)
    : electronBridge(window.holdall);
}
