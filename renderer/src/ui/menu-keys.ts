import type { KeyboardEvent } from 'react';
import { MENU_ITEMS } from './use-popup-menu.js';

/**
 * The keys of a WAI-ARIA menu: arrows, Home and End move focus between its items (wrapping),
 * Escape and Tab close it. Says whether the key was the menu's, so the caller can prevent
 * the browser's own handling.
 */
export function handleMenuKey(
  event: KeyboardEvent,
  menu: HTMLElement | null,
  close: () => void,
): boolean {
  const items = Array.from(menu?.querySelectorAll<HTMLElement>(MENU_ITEMS) ?? []);
  const index = items.indexOf(document.activeElement as HTMLElement);
  const focus = (i: number) => items[(i + items.length) % items.length]?.focus();
  switch (event.key) {
    case 'ArrowDown':
      focus(index + 1);
      return true;
    case 'ArrowUp':
      focus(index - 1);
      return true;
    case 'Home':
      focus(0);
      return true;
    case 'End':
      focus(items.length - 1);
      return true;
    case 'Escape':
    case 'Tab':
      close();
      return true;
    default:
      return false;
  }
}
