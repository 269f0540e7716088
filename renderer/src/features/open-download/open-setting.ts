import { useSyncExternalStore } from 'react';

/** What a double-click or Enter on a file does. */
export type OpenChoice = 'preview' | 'download';
export const openChoices: readonly OpenChoice[] = ['preview', 'download'];

// Kept in this window's storage like the language and the transfers panel's state.
const STORAGE_KEY = 'holdall.openFile';

function read(): OpenChoice {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'download' ? 'download' : 'preview';
  } catch {
    return 'preview'; // storage disabled: the default
  }
}

let current: OpenChoice | null = null;
const listeners = new Set<() => void>();

export function openChoice(): OpenChoice {
  current ??= read();
  return current;
}

export function setOpenChoice(choice: OpenChoice): void {
  current = choice;
  try {
    localStorage.setItem(STORAGE_KEY, choice);
  } catch {
    // The choice still holds in this window; it just is not remembered.
  }
  for (const listener of listeners) listener();
}

export function useOpenChoice(): OpenChoice {
  return useSyncExternalStore((listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }, openChoice);
}
