import { useEffect, useRef } from 'react';
import type { RefObject } from 'react';
import { rememberFocus } from './focus-return.js';
import type { FocusReturn } from './focus-return.js';

/** The items of a WAI-ARIA menu, whatever kind of item each is. */
export const MENU_ITEMS = '[role="menuitem"], [role="menuitemcheckbox"], [role="menuitemradio"]';

/**
 * What every popup menu does while open: it takes the focus (its first item), and closes on a
 * press outside it or when the window loses focus. `close` gives the focus back to where it
 * was, so a dialog an item opens returns focus there when it closes.
 */
export function usePopupMenu(
  open: boolean,
  menuRef: RefObject<HTMLElement | null>,
  onClose: () => void,
): { close: () => void } {
  const returnTo = useRef<FocusReturn | null>(null);
  // Parents pass a fresh closure each render; the listeners below must not re-subscribe for it.
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  });

  useEffect(() => {
    if (!open) return;
    const dismiss = () => onCloseRef.current();
    returnTo.current = rememberFocus();
    const first = menuRef.current?.querySelector<HTMLElement>(MENU_ITEMS);
    (first ?? menuRef.current)?.focus();
    const onPointerDown = (event: PointerEvent) => {
      const node = event.target instanceof Node ? event.target : null;
      if (node !== null && menuRef.current?.contains(node) === true) return;
      // The menu button toggles on its own click; closing here too would reopen it.
      const opener = returnTo.current?.opener;
      if (opener?.getAttribute('aria-haspopup') === 'menu' && opener.contains(node)) return;
      dismiss();
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    window.addEventListener('blur', dismiss);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown, true);
      window.removeEventListener('blur', dismiss);
    };
  }, [open, menuRef]);

  return {
    close: () => {
      onCloseRef.current();
      returnTo.current?.restore();
    },
  };
}
