/**
 * The IPC channel names the Electron host and its preload share. The contract's own channel and
 * event names come from the maps (see contract-names.ts); the preload gets them at build time.
 */
export const INVOKE_CHANNEL = 'holdall:invoke';
export const EVENT_CHANNEL = 'holdall:event';
/** Electron only: the page stops one contract call it named (see WindowCalls). */
export const CANCEL_CHANNEL = 'holdall:cancel';
/** Electron only: grants for dropped or picked files and the native dialogs (not the contract). */
export const GRANT_CHANNEL = 'holdall:grant';
/** Electron only: the page asks main to open an http(s) link in the default browser. */
export const OPEN_EXTERNAL_CHANNEL = 'holdall:open-external';
/** Electron only: drag objects out of the list (downloaded to a private folder, then startDrag). */
export const DRAG_OUT_CHANNEL = 'holdall:drag-out';
