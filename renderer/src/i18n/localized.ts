import { localeStore } from './locale-store.js';
import type { Locale } from './locales.js';

/**
 * The shape a translation must have: every key of the English table, strings as any string,
 * message functions with the same parameters.
 */
export type Translation<T> = {
  [K in keyof T]: T[K] extends string
    ? string
    : T[K] extends (...args: infer A) => string
      ? (...args: A) => string
      : T[K] extends object
        ? Translation<T[K]>
        : T[K];
};

/**
 * One feature's messages in every language, read as one plain object. Each property access
 * answers in the current language, so components keep writing `m.title`; the app renders its
 * tree again when the language changes (see App).
 */
export function localized<T extends object>(tables: { en: T; 'zh-CN': Translation<T> }): T {
  const byLocale = tables as Record<Locale, T>;
  return new Proxy(tables.en, {
    get: (_target, property) => Reflect.get(byLocale[localeStore().get()], property) as unknown,
    has: (_target, property) => property in byLocale[localeStore().get()],
  });
}

/** The current language for Intl formatters (dates, numbers). */
export function currentLocale(): Locale {
  return localeStore().get();
}
