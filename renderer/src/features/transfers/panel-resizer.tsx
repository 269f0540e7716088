import { useCallback, useEffect, useRef, useState } from 'react';
import type { KeyboardEvent, PointerEvent } from 'react';
import { messages } from './messages.js';
import {
  clampHeight,
  heightForKey,
  maxHeight,
  MIN_HEIGHT,
  parseStoredHeight,
} from './panel-height.js';

const HEIGHT_KEY = 'holdall.transfers.height';

function storedHeight(): number {
  try {
    return parseStoredHeight(localStorage.getItem(HEIGHT_KEY));
  } catch {
    return parseStoredHeight(null);
  }
}

function storeHeight(height: number): void {
  try {
    localStorage.setItem(HEIGHT_KEY, String(height));
  } catch {
    // Storage may be off (private mode); the panel then starts at its default height.
  }
}

/** The height the person chose (remembered), and the height it gets in this window. */
export function usePanelHeight(): { height: number; setHeight: (height: number) => void } {
  const [chosen, setChosen] = useState(storedHeight);
  const [windowHeight, setWindowHeight] = useState(() => window.innerHeight);
  useEffect(() => {
    const onResize = () => setWindowHeight(window.innerHeight);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  const setHeight = useCallback((height: number) => {
    const next = clampHeight(height, window.innerHeight);
    setChosen(next);
    storeHeight(next);
  }, []);
  // Shrinking the window squeezes the panel without forgetting what was chosen.
  return { height: clampHeight(chosen, windowHeight), setHeight };
}

/** The element's rendered height, which the layout may hold below the chosen one. */
export function useShownHeight(element: HTMLElement | null, fallback: number): number {
  const [shown, setShown] = useState<number | null>(null);
  useEffect(() => {
    if (element === null) return undefined;
    const observer = new ResizeObserver(() => setShown(Math.round(element.offsetHeight)));
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return shown === null || shown === 0 ? fallback : shown;
}

interface PanelResizerProps {
  /** The list's height as shown: where keys and drags start from. */
  height: number;
  onChange: (height: number) => void;
  controls: string;
}

/** The panel's top edge: drag it, or focus it and use the arrow keys (a window splitter). */
export function PanelResizer({ height, onChange, controls }: PanelResizerProps) {
  const drag = useRef<{ startY: number; startHeight: number } | null>(null);

  const onKeyDown = (event: KeyboardEvent) => {
    const next = heightForKey(event.key, height, window.innerHeight);
    if (next === null) return;
    event.preventDefault();
    onChange(next);
  };
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { startY: event.clientY, startHeight: height };
  };
  const onPointerMove = (event: PointerEvent) => {
    const start = drag.current;
    // Dragging up makes the panel taller.
    if (start !== null) onChange(start.startHeight + start.startY - event.clientY);
  };
  const endDrag = () => {
    drag.current = null;
  };

  return (
    <div
      role="separator"
      aria-orientation="horizontal"
      aria-label={messages.resizePanel}
      aria-controls={controls}
      aria-valuemin={MIN_HEIGHT}
      aria-valuemax={maxHeight(window.innerHeight)}
      aria-valuenow={height}
      title={messages.resizeHint}
      tabIndex={0}
      className="transfers-resizer"
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={endDrag}
      onPointerCancel={endDrag}
    />
  );
}
