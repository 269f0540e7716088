import { contextBridge, ipcRenderer, webUtils } from 'electron';
import type { IpcRendererEvent } from 'electron';
import {
  channelNames,
  EVENT_CHANNEL,
  eventNames,
  GRANT_CHANNEL,
  INVOKE_CHANNEL,
} from '../../shared/contract/channel-names.js';
import { MEDIA_ORIGIN, mediaQuery } from '../../shared/domain/media-url.js';
import type { MediaRef } from '../../shared/domain/media-url.js';

const allowedChannels = new Set<string>(channelNames);
const allowedEvents = new Set<string>(eventNames);

// The one global the renderer sees: no ipcRenderer, no Node, only listed channels.
contextBridge.exposeInMainWorld('holdall', {
  host: 'electron',
  invoke(channel: string, input: unknown): Promise<unknown> {
    if (!allowedChannels.has(channel)) {
      return Promise.resolve({
        ok: false,
        error: { code: 'UnknownChannel', message: `No channel "${channel}"` },
      });
    }
    return ipcRenderer.invoke(INVOKE_CHANNEL, channel, input);
  },
  /**
   * Grants for files the user dropped or picked, read in place (no copy). Their paths are
   * read here and go to the host; the page only ever gets grant ids back.
   */
  grantFiles(chosen: readonly { file: File; relativePath: string }[]): Promise<unknown> {
    const files = Array.from(chosen, ({ file, relativePath }) => ({
      path: webUtils.getPathForFile(file),
      relativePath,
    }));
    return ipcRenderer.invoke(GRANT_CHANNEL, 'files', files);
  },
  /** The native folder dialog; a write grant for the folder picked, or null. */
  pickFolder(): Promise<unknown> {
    return ipcRenderer.invoke(GRANT_CHANNEL, 'pickFolder');
  },
  /** Where <img>, <audio>, <video> and the PDF viewer stream an object from. */
  mediaUrl(ref: MediaRef): string {
    return `${MEDIA_ORIGIN}/?${mediaQuery(ref)}`;
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
