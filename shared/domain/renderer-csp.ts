import { MEDIA_ORIGIN } from './media-url.js';

/** What differs between the hosts: where media, frames and connections may come from. */
export interface HostSources {
  /** Besides the page's own origin: where previews stream images, audio and video from. */
  readonly media: readonly string[];
  /** The only documents a frame may show (the PDF preview). */
  readonly frames: readonly string[];
  /** Besides the page's own origin (e.g. the browser host's WebSocket). */
  readonly connect: readonly string[];
}

/**
 * The renderer's Content Security Policy, one for both hosts: scripts and styles only from the
 * app's own files (no inline code, no `eval`), no remote origin anywhere, no plugins, no
 * `<base>`, no form posts, and no page may frame the app.
 */
export function rendererCsp(host: HostSources): string {
  const sources = (...list: readonly string[]) => list.join(' ');
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    `img-src ${sources("'self'", 'data:', 'blob:', ...host.media)}`,
    `media-src ${sources("'self'", 'blob:', ...host.media)}`,
    `connect-src ${sources("'self'", ...host.connect)}`,
    `frame-src ${sources(...host.frames)}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The Electron window's policy, sent by the `holdall://` protocol handler. */
export const ELECTRON_WINDOW_CSP = rendererCsp({
  media: [MEDIA_ORIGIN],
  frames: [MEDIA_ORIGIN],
  connect: [],
});
