import { useEffect } from 'react';
import type { RefObject } from 'react';

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || target.closest('input, textarea, select, dialog') !== null)
  );
}

/**
 * Backspace goes up a folder while focus is in the pane, or nowhere at all
 * (opening a folder removes the row that had focus).
 */
export function useBackspaceUp(
  pane: RefObject<HTMLElement | null>,
  goUp: (() => void) | undefined,
): void {
  useEffect(() => {
    if (goUp === undefined) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (
        event.key !== 'Backspace' ||
        event.defaultPrevented ||
        event.altKey ||
        event.ctrlKey ||
        event.metaKey
      ) {
        return;
      }
      const target = event.target;
      if (isTyping(target)) return;
      const inPane = target instanceof Node && pane.current?.contains(target) === true;
      if (!inPane && target !== document.body) return;
      event.preventDefault();
      goUp();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [pane, goUp]);
}
