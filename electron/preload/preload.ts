import { contextBridge, ipcRenderer, webUtils } from 'electron';
import type { IpcRendererEvent } from 'electron';
import {
  CANCEL_CHANNEL,
  DRAG_OUT_CHANNEL,
  EVENT_CHANNEL,
  GRANT_CHANNEL,
  INVOKE_CHANNEL,
  OPEN_EXTERNAL_CHANNEL,
} from '../../shared/contract/channel-names.js';
import { MEDIA_ORIGIN, mediaFileSegment, mediaQuery } from '../../shared/domain/media-url.js';
import type { MediaRef } from '../../shared/domain/media-url.js';

/** Written in by the build (and the test runner) from the contract's maps: see contract-names.ts. */
declare const HOLDALL_CONTRACT_NAMES:
  { channels: readonly string[]; events: readonly string[] } | undefined;

// Without the names the page could call nothing; better to fail where it shows.
if (typeof HOLDALL_CONTRACT_NAMES === 'undefined')
  throw new Error('The preload was built without the contract names (HOLDALL_CONTRACT_NAMES)');
const allowedChannels = new Set<string>(HOLDALL_CONTRACT_NAMES.channels);
const allowedEvents = new Set<string>(HOLDALL_CONTRACT_NAMES.events);

/** "photos/2024/a.jpg" for a file of a folder picked in a file input; its name otherwise. */
function placeInChoice(file: File): string {
  const inFolder = (file as File & { webkitRelativePath?: unknown }).webkitRelativePath;
  return typeof inFolder === 'string' && inFolder !== '' ? inFolder : file.name;
}

// The one global the renderer sees: no ipcRenderer, no Node, only listed channels.
contextBridge.exposeInMainWorld('holdall', {
  host: 'electron',
  /** A call the page may cancel carries an id (a signal cannot cross the bridge). */
  invoke(channel: unknown, input: unknown, callId?: unknown): Promise<unknown> {
    // The page may pass anything; only a string can name a channel, and only it is echoed back.
    if (typeof channel !== 'string' || !allowedChannels.has(channel)) {
      const message =
        typeof channel === 'string' ? `No channel "${channel}"` : 'Channel must be a string';
      return Promise.resolve({ ok: false, error: { code: 'UnknownChannel', message } });
    }
    return callId === undefined
      ? ipcRenderer.invoke(INVOKE_CHANNEL, channel, input)
      : ipcRenderer.invoke(INVOKE_CHANNEL, channel, input, callId);
  },
  /** Stops the page's own call made with this id; the main process checks the id. */
  cancel(callId: unknown): void {
    if (typeof callId === 'string') ipcRenderer.send(CANCEL_CHANNEL, callId);
  },
  /**
   * Grants for files the user dropped or picked, read in place (no copy). Their paths and where
   * they sit in a picked folder are read here from the Files themselves: a script in the page
   * cannot claim a dropped file sits deeper than it does to be granted a folder above it.
   * The page only ever gets grant ids back.
   */
  grantFiles(files: unknown): Promise<unknown> {
    const notFiles = {
      ok: false,
      error: {
        code: 'InvalidInput',
        message: 'grantFiles takes a list of the Files the user chose',
      },
    };
    if (!Array.isArray(files)) return Promise.resolve(notFiles);
    let chosen: { path: string; relativePath: string }[];
    try {
      // webUtils throws for anything that is not a File.
      chosen = (files as unknown[]).map((file) => ({
        path: webUtils.getPathForFile(file as File),
        relativePath: placeInChoice(file as File),
      }));
    } catch {
      return Promise.resolve(notFiles);
    }
    return ipcRenderer.invoke(GRANT_CHANNEL, 'files', chosen);
  },
  /**
   * The native folder dialog; grants for the folder picked (a write grant, or what `purpose`
   * asks: "read", "write", "sync"), or null. Only the purpose's text crosses; main checks it.
   */
  pickFolder(options?: unknown): Promise<unknown> {
    const purpose =
      typeof options === 'object' && options !== null
        ? (options as { purpose?: unknown }).purpose
        : undefined;
    return typeof purpose === 'string'
      ? ipcRenderer.invoke(GRANT_CHANNEL, 'pickFolder', purpose)
      : ipcRenderer.invoke(GRANT_CHANNEL, 'pickFolder');
  },
  /** An http(s) link in the default browser; main checks the URL and answers why it would not. */
  openInBrowser(url: unknown): Promise<unknown> {
    return ipcRenderer.invoke(OPEN_EXTERNAL_CHANNEL, url);
  },
  /** "Upload files…": the native open dialog; read grants for the files picked, or null. */
  pickUploadFiles(): Promise<unknown> {
    return ipcRenderer.invoke(GRANT_CHANNEL, 'openFiles');
  },
  /** "Upload folder…": the native folder dialog; a read grant for the folder, or null. */
  pickUploadFolder(): Promise<unknown> {
    return ipcRenderer.invoke(GRANT_CHANNEL, 'openFolder');
  },
  /**
   * "Download as…": the native save dialog, starting with the suggested name; a write grant for
   * exactly the file the user named, or null. Main keeps only a bare name of the suggestion.
   */
  pickSaveFile(suggestedName: unknown): Promise<unknown> {
    return ipcRenderer.invoke(GRANT_CHANNEL, 'saveFile', suggestedName);
  },
  /**
   * Drags objects out of the list onto the desktop: main downloads them into a private temporary
   * folder (shown in the transfers panel), then starts the system drag with those files.
   */
  dragOut(objects: unknown): Promise<unknown> {
    return ipcRenderer.invoke(DRAG_OUT_CHANNEL, objects);
  },
  /** Where <img>, <audio>, <video> and the PDF viewer stream an object from. */
  mediaUrl(ref: MediaRef): string {
    return `${MEDIA_ORIGIN}/${mediaFileSegment(ref)}?${mediaQuery(ref)}`;
  },
  on(event: string, listener: (payload: unknown) => void): () => void {
    if (!allowedEvents.has(event)) return () => undefined;
    const relay = (_e: IpcRendererEvent, message: { event: string; payload: unknown }): void => {
      if (message.event === event) listener(message.payload);
    };
    ipcRenderer.on(EVENT_CHANNEL, relay);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, relay);
    };
  },
});
