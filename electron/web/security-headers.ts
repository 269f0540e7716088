import { MEDIA_PATH } from '../../shared/domain/media-url.js';
import { rendererCsp } from '../../shared/domain/renderer-csp.js';
import { allowedOrigins } from './request-guard.js';

/** The policy the Electron window gets, with this host's media route and WebSocket origin. */
export function contentSecurityPolicy(port: number): string {
  const origins = allowedOrigins(port);
  return rendererCsp({
    // Media streams from the page's own origin ('self').
    media: [],
    // The PDF preview frames the media route, and nothing else. The trailing "/" matches the
    // file name the URL ends with (see mediaFileSegment).
    frames: origins.map((origin) => `${origin}${MEDIA_PATH}/`),
    connect: origins.map((origin) => origin.replace(/^http/, 'ws')),
  });
}

export function securityHeaders(port: number): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(port),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
  };
}
