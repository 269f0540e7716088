import { useRef } from 'react';
import type { KeyboardEvent, MouseEvent, SyntheticEvent } from 'react';
import { createPortal } from 'react-dom';
import { handleMenuKey } from '../../ui/menu-keys.js';
import { pointUnder, useMenuPlacement } from '../../ui/menu-placement.js';
import type { MenuPoint } from '../../ui/menu-placement.js';
import { usePopupMenu } from '../../ui/use-popup-menu.js';
import './connections.css';

export interface MenuAction {
  id: string;
  label: string;
  onSelect: () => void;
  danger?: boolean;
}

interface ActionsMenuProps {
  label: string;
  actions: readonly MenuAction[];
  /** Open at this point (from the menu button, a right click or the context-menu key). */
  at: MenuPoint | null;
  onClose: () => void;
}

// The menu renders in a portal, but React still bubbles its events to the tree item it
// belongs to, whose click would select the bucket and whose keys would move the tree.
const contain = (event: SyntheticEvent) => event.stopPropagation();

/**
 * A WAI-ARIA menu of actions at a point. Focus moves into it and returns to where it was
 * (the menu button or the tree item) before an action runs, so a dialog the action opens
 * gives focus back to that place when it closes.
 */
export function ActionsMenu({ label, actions, at, onClose }: ActionsMenuProps) {
  const menuRef = useRef<HTMLDivElement>(null);
  const { close } = usePopupMenu(at !== null, menuRef, onClose);
  const placement = useMenuPlacement(at, menuRef);

  if (at === null) return null;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    contain(event);
    if (handleMenuKey(event, menuRef.current, close)) event.preventDefault();
  };

  return createPortal(
    <div
      ref={menuRef}
      role="menu"
      aria-label={label}
      className="actions-menu"
      style={placement}
      onKeyDown={onKeyDown}
      onClick={contain}
      onContextMenu={(event: MouseEvent) => {
        contain(event);
        event.preventDefault();
      }}
    >
      {actions.map((action) => (
        <button
          key={action.id}
          type="button"
          role="menuitem"
          tabIndex={-1}
          className={action.danger === true ? 'menu-item menu-item-danger' : 'menu-item'}
          onClick={() => {
            close();
            action.onSelect();
          }}
        >
          {action.label}
        </button>
      ))}
    </div>,
    document.body,
  );
}

/** Shift+F10 and the context-menu key open an item's menu, as a right click does. */
export function isMenuKey(event: KeyboardEvent): boolean {
  return event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey);
}

interface MenuButtonProps {
  label: string;
  /** Where the menu it opens stands, or null when closed. */
  at: MenuPoint | null;
  onToggle: (at: MenuPoint | null) => void;
  isTabStop: boolean;
}

/** The ⋯ button of a tree row: opens its actions menu below itself, or closes it. */
export function MenuButton({ label, at, onToggle, isTabStop }: MenuButtonProps) {
  return (
    <button
      type="button"
      className="menu-button"
      aria-label={label}
      aria-haspopup="menu"
      aria-expanded={at !== null}
      tabIndex={isTabStop ? 0 : -1}
      onClick={(event) => {
        // The row behind it must not take the click as a selection.
        event.stopPropagation();
        onToggle(at === null ? pointUnder(event.currentTarget) : null);
      }}
    >
      <span aria-hidden="true">⋯</span>
    </button>
  );
}
