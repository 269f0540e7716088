import { useRef } from 'react';
import type { KeyboardEvent, SyntheticEvent } from 'react';
import { createPortal } from 'react-dom';
import { handleMenuKey } from '../../ui/menu-keys.js';
import { useMenuPlacement } from '../../ui/menu-placement.js';
import type { MenuPoint } from '../../ui/menu-placement.js';
import { usePopupMenu } from '../../ui/use-popup-menu.js';
import { OPTIONAL_COLUMNS } from './column-layout.js';
import type { OptionalColumn } from './column-layout.js';
import { objectMessages as m } from './messages.js';

// The portal's events still bubble through React to the grid: its keys must not move rows.
const contain = (event: SyntheticEvent) => event.stopPropagation();

interface ColumnMenuProps {
  at: MenuPoint;
  visible: readonly OptionalColumn[];
  onToggle: (column: OptionalColumn) => void;
  onClose: () => void;
}

/** A menu of checkboxes, one per optional column; it stays open while columns are toggled. */
export function ColumnMenu({ at, visible, onToggle, onClose }: ColumnMenuProps) {
  const menuRef = useRef<HTMLDivElement>(null);
  const { close } = usePopupMenu(true, menuRef, onClose);
  const placement = useMenuPlacement(at, menuRef);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    contain(event);
    if (handleMenuKey(event, menuRef.current, close)) event.preventDefault();
  };

  return createPortal(
    <div
      ref={menuRef}
      role="menu"
      aria-label={m.columnsMenu}
      tabIndex={-1}
      className="ol-column-menu"
      style={placement}
      onKeyDown={onKeyDown}
      onClick={contain}
      onDoubleClick={contain}
      onContextMenu={(event) => {
        contain(event);
        event.preventDefault();
      }}
    >
      {OPTIONAL_COLUMNS.map((column) => {
        const checked = visible.includes(column);
        return (
          <button
            key={column}
            type="button"
            role="menuitemcheckbox"
            aria-checked={checked}
            tabIndex={-1}
            className="ol-column-menu-item"
            onClick={() => onToggle(column)}
          >
            <span className="ol-check" aria-hidden="true">
              {checked ? '✓' : ''}
            </span>
            <span>{m.columns[column]}</span>
          </button>
        );
      })}
    </div>,
    document.body,
  );
}

interface ColumnChooserButtonProps {
  open: boolean;
  onToggle: (at: MenuPoint | null) => void;
}

/** The header's button for the column menu, at the right end of the header. */
export function ColumnChooserButton({ open, onToggle }: ColumnChooserButtonProps) {
  return (
    <button
      type="button"
      className="ol-chooser"
      aria-label={m.chooseColumns}
      title={m.chooseColumns}
      aria-haspopup="menu"
      aria-expanded={open}
      onClick={(event) => {
        const rect = event.currentTarget.getBoundingClientRect();
        onToggle(open ? null : { x: rect.left, y: rect.bottom });
      }}
    >
      <span aria-hidden="true">⋮</span>
    </button>
  );
}
