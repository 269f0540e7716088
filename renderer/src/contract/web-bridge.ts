import { MEDIA_PATH, mediaFileSegment, mediaQuery } from '../../../shared/domain/media-url.js';
import type { Bridge } from './bridge.js';
import { createEventStream } from './event-stream.js';
import { createWebInvoke } from './web-invoke.js';

export function eventsUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/api/events`;
}

/** The bridge used in a plain browser, talking to the local browser host. */
export function createWebBridge(location: Pick<Location, 'protocol' | 'host'>): Bridge {
  const stream = createEventStream({
    url: eventsUrl(location),
    createSocket: (url) => new WebSocket(url),
    schedule: (run, delayMs) => {
      const timer = setTimeout(run, delayMs);
      return () => clearTimeout(timer);
    },
  });
  return {
    host: 'web',
    invoke: createWebInvoke(),
    on: stream.on,
    onReconnect: stream.onReconnect,
    mediaUrl: (ref) => `${MEDIA_PATH}/${mediaFileSegment(ref)}?${mediaQuery(ref)}`,
  };
}
