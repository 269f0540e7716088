import { isLocale, pickLocale, type Locale } from './locales.js';

const STORAGE_KEY = 'holdall.locale';

/** Storage and document access, injectable so the store tests without a browser. */
export interface LocaleEnvironment {
  read(): string | null;
  write(value: string): void;
  preferences(): readonly string[];
  applyToDocument(locale: Locale): void;
}

function browserEnvironment(): LocaleEnvironment {
  return {
    read: () => {
      try {
        return globalThis.localStorage.getItem(STORAGE_KEY);
      } catch {
        return null; // storage disabled: fall back to the system language
      }
    },
    write: (value) => {
      try {
        globalThis.localStorage.setItem(STORAGE_KEY, value);
      } catch {
        // The choice still holds for this window; it just is not remembered.
      }
    },
    preferences: () => globalThis.navigator.languages,
    applyToDocument: (locale) => {
      document.documentElement.lang = locale;
    },
  };
}

export interface LocaleStore {
  get: () => Locale;
  set: (locale: Locale) => void;
  subscribe: (listener: () => void) => () => void;
}

export function createLocaleStore(env: LocaleEnvironment): LocaleStore {
  const saved = env.read();
  let current: Locale = isLocale(saved) ? saved : pickLocale(env.preferences());
  const listeners = new Set<() => void>();
  env.applyToDocument(current);
  return {
    get: () => current,
    set: (locale) => {
      if (locale === current) return;
      current = locale;
      env.write(locale);
      env.applyToDocument(locale);
      for (const listener of listeners) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

let shared: LocaleStore | null = null;

/** The window's one locale store, created on first use (after the document exists). */
export function localeStore(): LocaleStore {
  shared ??= createLocaleStore(
    typeof document === 'undefined' ? memoryEnvironment() : browserEnvironment(),
  );
  return shared;
}

function memoryEnvironment(): LocaleEnvironment {
  let stored: string | null = null;
  return {
    read: () => stored,
    write: (value) => {
      stored = value;
    },
    preferences: () => ['en'],
    applyToDocument: () => undefined,
  };
}
