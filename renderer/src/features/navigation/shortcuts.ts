import { isApplePlatform } from '../command-palette/shortcut.js';

export type NavigationKey = 'back' | 'forward' | 'up' | 'refresh';

interface KeyLike {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
}

/**
 * F5, Ctrl+R or ⌘R refresh; Alt+←, Alt+→ and Alt+↑ go back, forward and up (the keys a
 * browser and a file manager use, which is also why the browser host must keep them).
 */
export function navigationKey(event: KeyLike): NavigationKey | null {
  const { key, altKey, ctrlKey, metaKey, shiftKey } = event;
  if (shiftKey) return null;
  if (key === 'F5' && !altKey && !ctrlKey && !metaKey) return 'refresh';
  if ((ctrlKey || metaKey) && !altKey && key.toLowerCase() === 'r') return 'refresh';
  if (!altKey || ctrlKey || metaKey) return null;
  if (key === 'ArrowLeft') return 'back';
  if (key === 'ArrowRight') return 'forward';
  if (key === 'ArrowUp') return 'up';
  return null;
}

/** Browsers number the mouse's side buttons 3 (back) and 4 (forward). */
export function mouseNavigation(button: number): NavigationKey | null {
  if (button === 3) return 'back';
  if (button === 4) return 'forward';
  return null;
}

/** Shortcut labels as this keyboard names them, for tooltips and the palette. */
export function shortcutLabel(key: NavigationKey): string {
  const apple = isApplePlatform();
  switch (key) {
    case 'back':
      return apple ? '⌥←' : 'Alt+←';
    case 'forward':
      return apple ? '⌥→' : 'Alt+→';
    case 'up':
      return apple ? '⌥↑' : 'Alt+↑';
    case 'refresh':
      return apple ? '⌘R' : 'F5';
  }
}
