import { useEffect } from 'react';
import type { RefObject } from 'react';
import { searchMessages as m } from './messages.js';

export function SearchButton({ onOpen }: { onOpen: () => void }) {
  return (
    <button
      type="button"
      className="button button-small"
      title={m.openHint}
      aria-keyshortcuts="Control+F Meta+F"
      onClick={onOpen}
    >
      {m.open}
    </button>
  );
}

/** Ctrl+F (Cmd+F on a Mac) within the object list opens search instead of the page's find. */
export function useSearchShortcut(
  paneRef: RefObject<HTMLElement | null>,
  onOpen: (() => void) | undefined,
): void {
  useEffect(() => {
    const pane = paneRef.current;
    if (pane === null || onOpen === undefined) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== 'f' || !(event.ctrlKey || event.metaKey)) return;
      if (event.altKey || event.shiftKey) return;
      event.preventDefault();
      onOpen();
    };
    pane.addEventListener('keydown', onKeyDown);
    return () => pane.removeEventListener('keydown', onKeyDown);
  }, [paneRef, onOpen]);
}
