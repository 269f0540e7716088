import { linkedPlaceSchema } from '../../shared/contract/channels/desktop.js';
import { decodeLocation, encodeLocation } from '../../shared/domain/place-link.js';
import type { Place } from '../../shared/domain/place-link.js';
import { MAX_CONNECT_LINK_LENGTH } from '../../shared/domain/connection-link.js';
import { APP_SCHEME } from './app-origin.js';

/**
 * Links other programs open the app with: `holdall://open/#/c/<connection>/b/<bucket>/p/<folder>`,
 * the browser host's address fragment (shared/domain/place-link.ts) after a host of its own.
 * The renderer's pages live at `holdall://app/…`; a link never names that host, so a link can
 * never be mistaken for (or smuggle) a page of the app.
 */
export const LINK_HOST = 'open';
const LINK_START = new RegExp(`^${APP_SCHEME}://${LINK_HOST}/?#`, 'i');
/** A 1,024-byte key percent-encodes to at most ~3 KiB; anything far longer is not a link of ours. */
export const MAX_LINK_LENGTH = 8192;

/** The link that opens the app at `place`. */
export function linkToPlace(place: Place): string {
  return `${APP_SCHEME}://${LINK_HOST}/#${encodeLocation(place)}`;
}

/** The place a link names, or null for anything else (another scheme or host, a path, bad encoding). */
export function placeFromLink(link: unknown): Place | null {
  if (typeof link !== 'string' || link.length > MAX_LINK_LENGTH) return null;
  const start = LINK_START.exec(link);
  if (start === null) return null;
  const place = decodeLocation(link.slice(start[0].length - 1));
  if (place === null) return null;
  const checked = linkedPlaceSchema.safeParse(place);
  return checked.success ? checked.data : null;
}

/** A `holdall://connect?…` link (parsed by the renderer's form, never here), or null. */
export function connectLinkOf(link: unknown): string | null {
  if (typeof link !== 'string' || link.length > MAX_CONNECT_LINK_LENGTH) return null;
  return /^holdall:\/\/connect\/?(?:[?#]|$)/i.test(link) ? link : null;
}

/** What a link hands the app: a place to show, or a connection form to fill in. */
export type HandedLink = { kind: 'place'; place: Place } | { kind: 'connect'; link: string };

export function handedLink(link: unknown): HandedLink | null {
  const place = placeFromLink(link);
  if (place !== null) return { kind: 'place', place };
  const connect = connectLinkOf(link);
  return connect === null ? null : { kind: 'connect', link: connect };
}

/** The last argument of a launch's command line that is a link of ours. */
export function handedFromArgv(argv: readonly unknown[]): HandedLink | null {
  for (let i = argv.length - 1; i >= 0; i--) {
    const handed = handedLink(argv[i]);
    if (handed !== null) return handed;
  }
  return null;
}
