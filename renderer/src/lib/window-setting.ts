import { useSyncExternalStore } from 'react';

/** A choice this window keeps (like the language), remembered in its storage. */
export interface WindowSetting<T extends string> {
  get: () => T;
  set: (value: T) => void;
  /** The current value, re-rendering when it changes. */
  use: () => T;
}

export function windowSetting<T extends string>(
  storageKey: string,
  values: readonly T[],
  fallback: T,
): WindowSetting<T> {
  let current: T | null = null;
  const listeners = new Set<() => void>();
  const read = (): T => {
    try {
      const stored = localStorage.getItem(storageKey);
      return values.find((value) => value === stored) ?? fallback;
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
        localStorage.setItem(storageKey, value);
      } catch {
        // The choice still holds in this window; it just is not remembered.
      }
      for (const listener of listeners) listener();
    },
    use: () => useSyncExternalStore(subscribe, get),
  };
}
