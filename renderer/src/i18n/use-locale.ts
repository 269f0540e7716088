import { useSyncExternalStore } from 'react';
import { localeStore } from './locale-store.js';
import type { Locale } from './locales.js';

/** The current language; a component using it renders again when the user switches. */
export function useLocale(): Locale {
  const store = localeStore();
  return useSyncExternalStore(store.subscribe, store.get);
}

export function setLocale(locale: Locale): void {
  localeStore().set(locale);
}
