import { useEffect, useRef } from 'react';
import { isApplePlatform } from '../command-palette/shortcut.js';
import type { Navigation } from './navigation-context.js';
import { mouseNavigation, navigationKey } from './shortcuts.js';
import type { NavigationKey } from './shortcuts.js';

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || target.closest('input, textarea, select') !== null)
  );
}

/**
 * Refresh, Back, Forward and Up from the keyboard and the mouse's side buttons, anywhere in
 * the window. The browser's own meaning of these keys (reload, leave the page) is always
 * stopped: in the browser host it would throw the session's work away.
 */
export function useNavigationKeys(navigation: Navigation, refresh: () => void): void {
  const latest = useRef({ navigation, refresh });
  useEffect(() => {
    latest.current = { navigation, refresh };
  });

  useEffect(() => {
    const run = (action: NavigationKey) => {
      const { navigation, refresh } = latest.current;
      // Behind a modal dialog the list does not move; Refresh still brings the lists up to date.
      if (action !== 'refresh' && document.querySelector('dialog[open]') !== null) return;
      if (action === 'refresh') refresh();
      else navigation[action]();
    };
    const onKeyDown = (event: KeyboardEvent) => {
      const action = navigationKey(event);
      if (action === null || event.defaultPrevented) return;
      if (action !== 'refresh' && isTyping(event.target)) {
        // In a text field ⌥← moves by word on a Mac; elsewhere it would leave the page.
        if (!isApplePlatform()) event.preventDefault();
        return;
      }
      event.preventDefault();
      run(action);
    };
    // Browsers go back on the side button's release; holding the press back too is harmless.
    const onMouseDown = (event: MouseEvent) => {
      if (mouseNavigation(event.button) !== null) event.preventDefault();
    };
    const onMouseUp = (event: MouseEvent) => {
      const action = mouseNavigation(event.button);
      if (action === null) return;
      event.preventDefault();
      run(action);
    };
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('mousedown', onMouseDown);
    window.addEventListener('mouseup', onMouseUp);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('mousedown', onMouseDown);
      window.removeEventListener('mouseup', onMouseUp);
    };
  }, []);
}
