import { Fragment, useRef } from 'react';
import type { KeyboardEvent, SyntheticEvent } from 'react';
import { createPortal } from 'react-dom';
import type { ObjectAction, ObjectActionTarget } from '../../app/object-actions.js';
import { useObjectActions } from '../../app/object-actions.js';
import { handleMenuKey } from '../../ui/menu-keys.js';
import { useMenuPlacement } from '../../ui/menu-placement.js';
import type { MenuPoint } from '../../ui/menu-placement.js';
import { usePopupMenu } from '../../ui/use-popup-menu.js';
import { menuSections } from './menu-sections.js';
import { actionMessages as m } from './messages.js';
import './object-actions.css';

interface ObjectMenuProps {
  /** Where it opens (a right click, under a row or the menu button); null when closed. */
  at: MenuPoint | null;
  target: ObjectActionTarget;
  onClose: () => void;
}

// The portal's events still bubble through React to the list: its keys must not move rows.
const contain = (event: SyntheticEvent) => event.stopPropagation();

/**
 * The object actions every feature contributed, as a WAI-ARIA menu at a point. Focus moves
 * into it and goes back to where it was before an action runs, so a dialog the action opens
 * returns focus there when it closes.
 */
export function ObjectMenu({ at, target, onClose }: ObjectMenuProps) {
  const actions = useObjectActions();
  const menuRef = useRef<HTMLDivElement>(null);
  const open = at !== null;
  // The first entry is focused even when disabled (menus keep those focusable): the selection
  // a right click makes reaches the menu a render later, so which entries apply may change.
  const { close } = usePopupMenu(open, menuRef, onClose);
  const placement = useMenuPlacement(at, menuRef);

  if (at === null) return null;

  const choose = (action: ObjectAction) => {
    if (!action.enabled(target)) return;
    close();
    action.run(target);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    contain(event);
    if (handleMenuKey(event, menuRef.current, close)) event.preventDefault();
  };

  const sections = menuSections(actions);
  return createPortal(
    <div
      ref={menuRef}
      role="menu"
      aria-label={m.menuLabel}
      tabIndex={-1}
      className="oa-menu"
      style={placement}
      onKeyDown={onKeyDown}
      onClick={contain}
      onDoubleClick={contain}
      onContextMenu={(event) => {
        contain(event);
        event.preventDefault();
      }}
    >
      {sections.length === 0 && <p className="oa-menu-empty">{m.noActions}</p>}
      {sections.map((section, i) => (
        <Fragment key={section[0]!.id}>
          {i > 0 && <div role="separator" className="oa-menu-separator" />}
          {section.map((action) => {
            const enabled = action.enabled(target);
            return (
              <button
                key={action.id}
                type="button"
                role="menuitem"
                tabIndex={-1}
                aria-disabled={!enabled}
                aria-keyshortcuts={action.shortcut}
                className={action.group === 'danger' ? 'oa-menu-item oa-danger' : 'oa-menu-item'}
                onClick={() => choose(action)}
              >
                <span>{action.label}</span>
                {action.shortcut !== undefined && (
                  <kbd className="oa-shortcut" aria-hidden="true">
                    {action.shortcut}
                  </kbd>
                )}
              </button>
            );
          })}
        </Fragment>
      ))}
    </div>,
    document.body,
  );
}
