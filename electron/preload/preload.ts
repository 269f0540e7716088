import { contextBridge, ipcRenderer, webUtils } from 'electron';
import type { IpcRendererEvent } from 'electron';
import {
  channelNames,
  EVENT_CHANNEL,
  eventNames,
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
  /** A dropped file's path on disk, so Electron uploads read it in place (no copy). */
  pathForFile(file: File): string {
    return webUtils.getPathForFile(file);
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
