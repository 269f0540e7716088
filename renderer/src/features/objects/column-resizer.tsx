import { useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useRenderedSize, useSplitterDrag } from '../../ui/splitter.js';
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
  const [self, setSelf] = useState<HTMLDivElement | null>(null);
  // What the column measures on screen: Name fills the free space until it is sized.
  const measured = useRenderedSize(self?.parentElement ?? null, 'x');
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
  const dragHandlers = useSplitterDrag('x', 'forward', shownWidth, onResize);

  return (
    <div
      ref={setSelf}
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
      {...dragHandlers}
      onClick={(event) => event.stopPropagation()}
      onDoubleClick={(event) => {
        event.stopPropagation();
        onReset();
      }}
    />
  );
}
