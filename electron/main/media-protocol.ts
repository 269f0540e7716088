import { Readable } from 'node:stream';
import { protocol } from 'electron';
import { MEDIA_SCHEME } from '../../shared/domain/media-url.js';
import type { Core } from '../core/create-core.js';
import { APP_ORIGIN } from './app-origin.js';

/** Privileges the media scheme needs: `stream` lets <video> and <audio> seek by Range. */
export const mediaSchemePrivileges = {
  scheme: MEDIA_SCHEME,
  privileges: { standard: true, secure: true, stream: true, supportFetchAPI: true },
};

/**
 * holdall-media://object/<file name>?profile=…&bucket=…&key=…: core streams the object (Range passed
 * through); this only turns its answer into a web Response. Only the app's page may frame it.
 */
export function serveMedia(core: Core): void {
  protocol.handle(MEDIA_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response(null, { status: 405, headers: { Allow: 'GET, HEAD' } });
    }
    const url = new URL(request.url);
    const answer = await core.openObjectStream(
      {
        query: url.searchParams,
        range: request.headers.get('range') ?? undefined,
        embedder: APP_ORIGIN,
      },
      request.signal,
    );
    const body =
      typeof answer.body === 'string'
        ? answer.body
        : (Readable.toWeb(answer.body) as ReadableStream<Uint8Array>);
    return new Response(request.method === 'HEAD' ? null : body, {
      status: answer.status,
      headers: answer.headers,
    });
  });
}
