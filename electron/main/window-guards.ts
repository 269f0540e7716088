import { MEDIA_ORIGIN } from '../../shared/domain/media-url.js';
import { APP_ORIGIN } from './app-origin.js';

/** What a new frame starts as: empty, from nowhere. */
const EMPTY_FRAME = new Set(['about:blank', 'about:srcdoc']);

/**
 * Where a frame of our window may go: the window itself only to the app's own pages; a
 * frame inside it (the PDF preview) also to the media scheme, which serves only objects the
 * user opened, or to an empty document. Everything else, including a link the page was
 * tricked into following, stays where it is.
 */
export function mayNavigate(url: string, isMainFrame: boolean): boolean {
  if (url.startsWith(`${APP_ORIGIN}/`)) return true;
  if (isMainFrame) return false;
  return url.startsWith(`${MEDIA_ORIGIN}/`) || EMPTY_FRAME.has(url);
}

/**
 * The one permission the page gets, asked or merely checked: writing text to the clipboard
 * (Copy S3 URI, key, URL, share link). Reading the clipboard and everything else stay refused.
 */
export function mayUsePermission(permission: string): boolean {
  return permission === 'clipboard-sanitized-write';
}
