import { MEDIA_PATH } from '../../shared/domain/media-url.js';
import { allowedOrigins } from './request-guard.js';

/** The same policy the Electron window gets, plus this host's WebSocket origin. */
export function contentSecurityPolicy(port: number): string {
  const sockets = allowedOrigins(port).map((origin) => origin.replace(/^http/, 'ws'));
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "media-src 'self' blob:",
    `connect-src 'self' ${sockets.join(' ')}`,
    // The PDF preview frames the media route, and nothing else. The trailing "/" matches the
    // file name the URL ends with (see mediaFileSegment).
    `frame-src ${allowedOrigins(port)
      .map((origin) => `${origin}${MEDIA_PATH}/`)
      .join(' ')}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
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
