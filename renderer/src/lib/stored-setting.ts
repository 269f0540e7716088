import { useSyncExternalStore } from 'react';

export interface StoredSetting<T> {
  readonly get: () => T;
  readonly set: (value: T) => void;
  /** The current value, re-rendering the caller when it changes. */
  readonly use: () => T;
}

/**
 * A choice kept in this window's storage (like the language), read once and shared by every
 * component. Storage may be off (private mode): the choice then holds until the window closes.
 */
export function storedSetting<T>(
  key: string,
  parse: (stored: string | null) => T,
  serialize: (value: T) => string,
): StoredSetting<T> {
  let current: { value: T } | null = null;
  const listeners = new Set<() => void>();
  const get = (): T => {
    if (current === null) {
      let stored: string | null = null;
      try {
        stored = localStorage.getItem(key);
      } catch {
        // Storage disabled: the default.
      }
      current = { value: parse(stored) };
    }
    return current.value;
  };
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  };
  return {
    get,
    set: (value: T) => {
      current = { value };
      try {
        localStorage.setItem(key, serialize(value));
      } catch {
        // The choice still holds in this window; it just is not remembered.
      }
      for (const listener of listeners) listener();
    },
    use: () => useSyncExternalStore(subscribe, get),
  };
}

/** One of `choices`; anything else stored (or storage turned off) reads as `fallback`. */
export function storedChoice<T extends string>(
  key: string,
  choices: readonly T[],
  fallback: T,
): StoredSetting<T> {
  return storedSetting<T>(
    key,
    (stored) => choices.find((choice) => choice === stored) ?? fallback,
    (choice) => choice,
  );
}
