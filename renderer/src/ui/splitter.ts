import { useEffect, useRef, useState } from 'react';
import type { PointerEvent } from 'react';

export interface SplitterDragHandlers {
  onPointerDown: (event: PointerEvent<HTMLElement>) => void;
  onPointerMove: (event: PointerEvent<HTMLElement>) => void;
  onPointerUp: () => void;
  onPointerCancel: () => void;
}

/**
 * The pointer side of a splitter (role="separator"): a drag with the main button resizes from
 * the size it started at. `grows` says which way of the axis makes the pane bigger: a column's
 * right edge grows it rightwards, a bottom panel's top edge grows it upwards.
 */
export function useSplitterDrag(
  axis: 'x' | 'y',
  grows: 'forward' | 'backward',
  startSize: () => number,
  onResize: (size: number) => void,
): SplitterDragHandlers {
  const drag = useRef<{ start: number; size: number } | null>(null);
  const at = (event: PointerEvent) => (axis === 'x' ? event.clientX : event.clientY);
  const sign = grows === 'forward' ? 1 : -1;
  const end = () => {
    drag.current = null;
  };
  return {
    onPointerDown: (event) => {
      if (event.button !== 0) return;
      event.preventDefault();
      event.currentTarget.setPointerCapture(event.pointerId);
      drag.current = { start: at(event), size: startSize() };
    },
    onPointerMove: (event) => {
      const from = drag.current;
      if (from !== null) onResize(from.size + sign * (at(event) - from.start));
    },
    onPointerUp: end,
    onPointerCancel: end,
  };
}

/** The element's size on screen along one axis, kept current; null until first measured. */
export function useRenderedSize(element: HTMLElement | null, axis: 'x' | 'y'): number | null {
  const [size, setSize] = useState<number | null>(null);
  useEffect(() => {
    if (element === null) return undefined;
    const observer = new ResizeObserver(() => {
      const rect = element.getBoundingClientRect();
      setSize(Math.round(axis === 'x' ? rect.width : rect.height));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [element, axis]);
  return size;
}
