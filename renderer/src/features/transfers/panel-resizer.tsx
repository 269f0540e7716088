import { useCallback, useEffect, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { storedSetting } from '../../lib/stored-setting.js';
import { useRenderedSize, useSplitterDrag } from '../../ui/splitter.js';
import { messages } from './messages.js';
import {
  clampHeight,
  heightForKey,
  maxHeight,
  MIN_HEIGHT,
  parseStoredHeight,
} from './panel-height.js';

const chosenHeight = storedSetting('holdall.transfers.height', parseStoredHeight, String);

/** The height the person chose (remembered), and the height it gets in this window. */
export function usePanelHeight(): { height: number; setHeight: (height: number) => void } {
  const chosen = chosenHeight.use();
  const [windowHeight, setWindowHeight] = useState(() => window.innerHeight);
  useEffect(() => {
    const onResize = () => setWindowHeight(window.innerHeight);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  const setHeight = useCallback((height: number) => {
    chosenHeight.set(clampHeight(height, window.innerHeight));
  }, []);
  // Shrinking the window squeezes the panel without forgetting what was chosen.
  return { height: clampHeight(chosen, windowHeight), setHeight };
}

/** The element's rendered height, which the layout may hold below the chosen one. */
export function useShownHeight(element: HTMLElement | null, fallback: number): number {
  const shown = useRenderedSize(element, 'y');
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
  const onKeyDown = (event: KeyboardEvent) => {
    const next = heightForKey(event.key, height, window.innerHeight);
    if (next === null) return;
    event.preventDefault();
    onChange(next);
  };
  // Dragging up makes the panel taller.
  const dragHandlers = useSplitterDrag('y', 'backward', () => height, onChange);

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
      {...dragHandlers}
    />
  );
}
