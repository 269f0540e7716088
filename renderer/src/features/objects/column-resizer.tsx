import { useLayoutEffect, useRef, useState } from 'react';
import type { KeyboardEvent, PointerEvent } from 'react';
import { MAX_WIDTH, MIN_WIDTHS, widthForKey } from './column-layout.js';
import type { ColumnId } from './column-layout.js';
import { objectMessages as m } from './messages.js';

interface ColumnResizerProps {
  column: ColumnId;
  /** The column's width as chosen, or undefined while it fills the free space (Name). */
  width: number | undefined;
  onResize: (width: number) => void;
  onReset: () => void;
}

/** The drag handle at a column header's right edge: drag it, or focus it and use the arrows. */
export function ColumnResizer({ column, width, onResize, onReset }: ColumnResizerProps) {
  const drag = useRef<{ startX: number; startWidth: number } | null>(null);
  const ref = useRef<HTMLDivElement>(null);
  // What the column measures on screen: Name fills the free space until it is sized.
  const [measured, setMeasured] = useState<number | null>(null);
  useLayoutEffect(() => {
    const header = ref.current?.parentElement;
    if (header === null || header === undefined) return undefined;
    const observer = new ResizeObserver(() =>
      setMeasured(Math.round(header.getBoundingClientRect().width)),
    );
    observer.observe(header);
    return () => observer.disconnect();
  }, []);
  const shownWidth = () => width ?? measured ?? MIN_WIDTHS[column];

  const onKeyDown = (event: KeyboardEvent) => {
    // Alt+arrows are Back and Forward, the window's.
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const next = widthForKey(event.key, event.shiftKey, column, shownWidth());
    if (next === null) return;
    // The grid's own keys (arrows move between rows) must not see these.
    event.preventDefault();
    event.stopPropagation();
    onResize(next);
  };
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { startX: event.clientX, startWidth: shownWidth() };
  };
  const onPointerMove = (event: PointerEvent) => {
    const start = drag.current;
    if (start !== null) onResize(start.startWidth + event.clientX - start.startX);
  };
  const endDrag = () => {
    drag.current = null;
  };

  return (
    <div
      ref={ref}
      role="separator"
      aria-orientation="vertical"
      aria-label={m.resizeColumn(m.columns[column])}
      aria-valuemin={MIN_WIDTHS[column]}
      aria-valuemax={MAX_WIDTH}
      aria-valuenow={shownWidth()}
      title={m.resizeHint}
      tabIndex={0}
      className="ol-resizer"
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={endDrag}
      onPointerCancel={endDrag}
      onClick={(event) => event.stopPropagation()}
      onDoubleClick={(event) => {
        event.stopPropagation();
        onReset();
      }}
    />
  );
}
