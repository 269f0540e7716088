import { memo } from 'react';
import type { DragEvent, MouseEvent, ReactNode } from 'react';
import { formatTimestamp } from '../../lib/format-date.js';
import { formatSize } from '../../lib/format-size.js';
import { canDragOut } from '../native-files/drag-out.js';
import { useDropUpload } from '../transfers/use-drop-upload.js';
import type { OptionalColumn } from './column-layout.js';
import { kindOf } from './file-kind.js';
import { KindIcon } from './kind-icon.js';
import type { FolderGridRow, GridRow, ObjectGridRow } from './listing-view.js';
import { objectMessages as m } from './messages.js';

/** Must match `.ol-row` height in objects.css: the list positions rows by arithmetic. */
export const ROW_HEIGHT = 28;

export interface RowProps {
  /** The optional columns shown, in order; the same array while they do not change. */
  columns: readonly OptionalColumn[];
  selected: boolean;
  active: boolean;
  onRowClick: (event: MouseEvent, index: number) => void;
  onOpenFolder: (prefix: string) => void;
  onRowMenu: (event: MouseEvent, index: number) => void;
}

interface FrameProps extends RowProps {
  row: GridRow;
  className?: string;
  /** Electron drags files out to the desktop (see DragOutFeature). */
  draggable?: boolean;
  onDoubleClick?: () => void;
  drop?: {
    onDragOver: (event: DragEvent) => void;
    onDragLeave: (event: DragEvent) => void;
    onDrop: (event: DragEvent) => void;
  };
  children: ReactNode;
}

function RowFrame({
  row,
  selected,
  active,
  onRowClick,
  onRowMenu,
  className,
  draggable,
  onDoubleClick,
  drop,
  children,
}: FrameProps) {
  return (
    <div
      role="row"
      aria-rowindex={row.index + 2}
      aria-selected={selected}
      aria-label={row.name}
      // The icon is decoration; its kind is read after the name.
      aria-description={m.kinds[kindOf(row.name)]}
      tabIndex={active ? 0 : -1}
      data-row={row.index}
      // Stripes by row number: rows are recycled, so :nth-child would not follow them.
      className={`ol-cols ol-row${row.index % 2 === 1 ? ' ol-row-odd' : ''}${selected ? ' ol-row-selected' : ''}${className ?? ''}`}
      style={{ transform: `translateY(${row.index * ROW_HEIGHT}px)` }}
      onMouseDown={(event) => {
        // Shift-click selects rows, not the text between them.
        if (event.shiftKey) event.preventDefault();
      }}
      onClick={(event) => onRowClick(event, row.index)}
      onContextMenu={(event) => onRowMenu(event, row.index)}
      onDoubleClick={onDoubleClick}
      draggable={draggable}
      {...drop}
    >
      {children}
    </div>
  );
}

function NameCell({ name }: { name: string }) {
  return (
    <div role="gridcell" className="ol-cell ol-col-name">
      <KindIcon kind={kindOf(name)} />
      <span className="ol-name-text" title={name}>
        {name}
      </span>
    </div>
  );
}

function ObjectRow({ row, ...props }: RowProps & { row: ObjectGridRow }) {
  return (
    <RowFrame row={row} draggable={canDragOut() || undefined} {...props}>
      <NameCell name={row.name} />
      {props.columns.map((column) => (
        <div key={column} role="gridcell" className={`ol-cell ol-col-${column}`}>
          {objectCell(row, column)}
        </div>
      ))}
    </RowFrame>
  );
}

interface FolderRowProps extends RowProps {
  row: FolderGridRow;
  profileId: string;
  bucket: string;
}

function FolderRow({ row, profileId, bucket, ...props }: FolderRowProps) {
  const { isOver, ...handlers } = useDropUpload({ profileId, bucket, prefix: row.prefix });
  // The list takes drops too: the innermost target wins, so the list must not see this one.
  const drop = {
    onDragOver: (event: DragEvent) => {
      event.stopPropagation();
      handlers.onDragOver(event);
    },
    onDragLeave: handlers.onDragLeave,
    onDrop: (event: DragEvent) => {
      event.stopPropagation();
      handlers.onDrop(event);
    },
  };
  return (
    <RowFrame
      row={row}
      {...props}
      className={isOver ? ' ol-row-folder ol-drop-over' : ' ol-row-folder'}
      onDoubleClick={() => props.onOpenFolder(row.prefix)}
      drop={drop}
    >
      <NameCell name={row.name} />
      {props.columns.map((column) => (
        <div key={column} role="gridcell" className={`ol-cell ol-col-${column}`}>
          {m.noValue}
        </div>
      ))}
    </RowFrame>
  );
}

function objectCell(row: ObjectGridRow, column: OptionalColumn): string {
  switch (column) {
    case 'size':
      return formatSize(row.size);
    case 'modified':
      return formatTimestamp(row.modified);
    case 'storageClass':
      return row.storageClass ?? m.noValue;
    case 'etag':
      // Null while the pages are fetched again with ETags kept; "" when the server sent none.
      return row.etag === null || row.etag === '' ? m.noValue : row.etag;
    case 'owner':
      return row.owner ?? m.noValue;
  }
}

function sameRow(a: GridRow, b: GridRow): boolean {
  if (a === b) return true;
  if (a.kind !== b.kind) return false;
  const fields = Object.keys(a) as (keyof GridRow)[];
  return fields.every((field) => a[field] === b[field]);
}

/** Rows are rebuilt on every render (they are views over packed pages): compare by value. */
function sameProps<P extends RowProps & { row: GridRow }>(a: P, b: P): boolean {
  const keys = Object.keys(a) as (keyof P)[];
  return keys.every((key) => (key === 'row' ? sameRow(a.row, b.row) : Object.is(a[key], b[key])));
}

export const ObjectRowView = memo(ObjectRow, sameProps);
export const FolderRowView = memo(FolderRow, sameProps);
