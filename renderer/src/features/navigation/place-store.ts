import type { Selection } from '../../app/selection.js';
import { decodeLocation, encodeLocation } from '../../../../shared/domain/place-link.js';

const STORAGE_KEY = 'holdall.place';

/**
 * Where to start: the address's deep link, else where the last session was (the desktop app
 * starts without a link). Either is checked with the server before it is trusted.
 */
export function startingPlace(): Selection | null {
  const linked = decodeLocation(window.location.hash);
  if (linked !== null) return linked;
  try {
    return decodeLocation(window.localStorage.getItem(STORAGE_KEY) ?? '');
  } catch {
    return null; // storage disabled: start with nothing chosen
  }
}

/** Writes the place into the address (no new browser history entry) and remembers it. */
export function recordPlace(place: Selection | null): void {
  const hash = encodeLocation(place);
  const { pathname, search } = window.location;
  window.history.replaceState(
    window.history.state,
    '',
    `${pathname}${search}${hash === '' ? '' : `#${hash}`}`,
  );
  try {
    window.localStorage.setItem(STORAGE_KEY, hash);
  } catch {
    // The place still holds for this window; it just is not remembered.
  }
}

/** The place a link names when someone edits or pastes the address in an open window. */
export function onLinkChange(listener: (place: Selection | null) => void): () => void {
  const onHashChange = () => listener(decodeLocation(window.location.hash));
  window.addEventListener('hashchange', onHashChange);
  return () => window.removeEventListener('hashchange', onHashChange);
}

/**
 * Opens a place the host was handed (the desktop app's `holdall://open/#…` link) exactly as an
 * edited address does: through the address, so it is checked and noticed the same way.
 */
export function openLinkedPlace(place: Selection): void {
  const hash = encodeLocation(place);
  if (hash !== '') window.location.hash = hash;
}
