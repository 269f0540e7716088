import type { Selection } from '../../app/selection.js';
import { parentPrefix } from '../../lib/prefix.js';

/** Places visited, like a browser's history: Back and Forward move `index`. */
export interface NavigationHistory {
  readonly entries: readonly (Selection | null)[];
  readonly index: number;
}

/** Enough to go back a long way without holding every click of a long day. */
export const HISTORY_LIMIT = 100;

export function startHistory(at: Selection | null): NavigationHistory {
  return { entries: [at], index: 0 };
}

export function currentOf(history: NavigationHistory): Selection | null {
  return history.entries[history.index] ?? null;
}

export function samePlace(a: Selection | null, b: Selection | null): boolean {
  if (a === null || b === null) return a === b;
  return a.profileId === b.profileId && a.bucket === b.bucket && a.prefix === b.prefix;
}

/** Going somewhere new drops the places ahead, as a browser does. */
export function pushPlace(history: NavigationHistory, at: Selection | null): NavigationHistory {
  if (samePlace(currentOf(history), at)) return history;
  const entries = [...history.entries.slice(0, history.index + 1), at].slice(-HISTORY_LIMIT);
  return { entries, index: entries.length - 1 };
}

/** Corrects where we are without a new entry (a link that led nowhere). */
export function replacePlace(history: NavigationHistory, at: Selection | null): NavigationHistory {
  const entries = [...history.entries];
  entries[history.index] = at;
  return { entries, index: history.index };
}

export function canGoBack(history: NavigationHistory): boolean {
  return history.index > 0;
}

export function canGoForward(history: NavigationHistory): boolean {
  return history.index < history.entries.length - 1;
}

export function goBack(history: NavigationHistory): NavigationHistory {
  return canGoBack(history) ? { ...history, index: history.index - 1 } : history;
}

export function goForward(history: NavigationHistory): NavigationHistory {
  return canGoForward(history) ? { ...history, index: history.index + 1 } : history;
}

/** One level up: the parent folder, then the bucket's connection; null where nothing is above. */
export function placeAbove(at: Selection | null): Selection | null {
  if (at === null || at.bucket === null) return null;
  if (at.prefix === '') return { ...at, bucket: null };
  return { ...at, prefix: parentPrefix(at.prefix) };
}

/**
 * The folder to select on arriving at `to` from `from` below it in the same bucket: the one
 * we came out of, so going up shows where we were. Null when `to` is not above `from`.
 */
export function folderLeft(from: Selection | null, to: Selection | null): string | null {
  if (from === null || to === null || from.bucket === null || to.bucket === null) return null;
  if (from.profileId !== to.profileId || from.bucket !== to.bucket) return null;
  // A search ("docs/rep") is not a folder to reveal things in.
  if (to.prefix !== '' && !to.prefix.endsWith('/')) return null;
  if (from.prefix.length <= to.prefix.length || !from.prefix.startsWith(to.prefix)) return null;
  const slash = from.prefix.indexOf('/', to.prefix.length);
  return slash === -1 ? null : from.prefix.slice(0, slash + 1);
}
