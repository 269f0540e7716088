import { useSyncExternalStore } from 'react';

/** Whether the palette is showing: one per window, opened by the shortcut or its button. */
let open = false;
const listeners = new Set<() => void>();

function set(value: boolean): void {
  if (value === open) return;
  open = value;
  for (const listener of listeners) listener();
}

export const openPalette = () => set(true);
export const closePalette = () => set(false);
export const togglePalette = () => set(!open);
export const isPaletteOpen = () => open;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function usePaletteOpen(): boolean {
  return useSyncExternalStore(subscribe, () => open);
}
