import { useSyncExternalStore } from 'react';

/** A choice this window keeps in its storage, like the language. */
export interface WindowChoice<T extends string> {
  get: () => T;
  set: (value: T) => void;
  /** The current value, rendering again when it changes. */
  useValue: () => T;
}

/**
 * One of `choices`, read from this window's storage under `key` on first use; anything else
 * stored there (or storage turned off) reads as `fallback`.
 */
export function windowChoice<T extends string>(
  key: string,
  choices: readonly T[],
  fallback: T,
): WindowChoice<T> {
  let current: T | null = null;
  const listeners = new Set<() => void>();
  const read = (): T => {
    try {
      const stored = localStorage.getItem(key);
      return choices.find((choice) => choice === stored) ?? fallback;
    } catch {
      return fallback; // storage disabled: the default
    }
  };
  const get = (): T => {
    current ??= read();
    return current;
  };
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  return {
    get,
    set: (value) => {
      current = value;
      try {
        localStorage.setItem(key, value);
      } catch {
        // The choice still holds in this window; it just is not remembered.
      }
      for (const listener of listeners) listener();
    },
    useValue: () => useSyncExternalStore(subscribe, get),
  };
}
