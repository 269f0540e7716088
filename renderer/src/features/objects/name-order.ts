import { useSyncExternalStore } from 'react';
import type { Locale } from '../../i18n/locales.js';

/**
 * How names sort: `natural` reads numbers as numbers and ignores case ("file2" before
 * "file10", "b" next to "B"); `byte` is the order S3 lists in (UTF-8 bytes).
 */
export type NameOrder = 'natural' | 'byte';
export const nameOrders: readonly NameOrder[] = ['natural', 'byte'];

/** What comparing two names needs: an `Intl.Collator`, or a counting stand-in in tests. */
export interface NameCollator {
  compare(a: string, b: string): number;
}

// Kept in this window's storage like the language and "Double-click a file".
const STORAGE_KEY = 'holdall.nameOrder';

function read(): NameOrder {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'byte' ? 'byte' : 'natural';
  } catch {
    return 'natural'; // storage disabled: the default
  }
}

let current: NameOrder | null = null;
const listeners = new Set<() => void>();

export function nameOrder(): NameOrder {
  current ??= read();
  return current;
}

export function setNameOrder(order: NameOrder): void {
  current = order;
  try {
    localStorage.setItem(STORAGE_KEY, order);
  } catch {
    // The choice still holds in this window; it just is not remembered.
  }
  for (const listener of listeners) listener();
}

export function useNameOrder(): NameOrder {
  return useSyncExternalStore((listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }, nameOrder);
}

const collators = new Map<Locale, Intl.Collator>();

/**
 * The collator natural order uses in `locale`, one per language so a view can tell by identity
 * that the order changed; null for byte order, which is the server's and needs no comparing.
 */
export function nameCollator(order: NameOrder, locale: Locale): NameCollator | null {
  if (order === 'byte') return null;
  let collator = collators.get(locale);
  if (collator === undefined) {
    collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
    collators.set(locale, collator);
  }
  return collator;
}
