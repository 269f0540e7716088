import type { Locale } from '../../i18n/locales.js';
import { storedChoice } from '../../lib/stored-setting.js';

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
const setting = storedChoice<NameOrder>('holdall.nameOrder', nameOrders, 'natural');

export const nameOrder = setting.get;
export const setNameOrder = setting.set;
export const useNameOrder = setting.use;

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
