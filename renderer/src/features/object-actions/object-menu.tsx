import { Fragment, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { KeyboardEvent, SyntheticEvent } from 'react';
import { createPortal } from 'react-dom';
import type { ObjectAction, ObjectActionTarget } from '../../app/object-actions.js';
import { useObjectActions } from '../../app/object-actions.js';
import { rememberFocus } from '../../ui/focus-return.js';
import type { FocusReturn } from '../../ui/focus-return.js';
import { handleMenuKey } from '../../ui/menu-keys.js';
import { menuSections } from './menu-sections.js';
import { actionMessages as m } from './messages.js';
import './object-actions.css';

export interface MenuPoint {
  x: number;
  y: number;
}

interface ObjectMenuProps {
  /** Where it opens (a right click, under a row or the menu button); null when closed. */
  at: MenuPoint | null;
  target: ObjectActionTarget;
  onClose: () => void;
}

// The portal's events still bubble through React to the list: its keys must not move rows.
const contain = (event: SyntheticEvent) => event.stopPropagation();

const MARGIN = 4;

/**
 * The object actions every feature contributed, as a WAI-ARIA menu at a point. Focus moves
 * into it and goes back to where it was before an action runs, so a dialog the action opens
 * returns focus there when it closes.
 */
export function ObjectMenu({ at, target, onClose }: ObjectMenuProps) {
  const actions = useObjectActions();
  const menuRef = useRef<HTMLDivElement>(null);
  const returnTo = useRef<FocusReturn | null>(null);
  const onCloseRef = useRef(onClose);
  const [shift, setShift] = useState({ x: 0, y: 0 });
  const open = at !== null;

  useEffect(() => {
    onCloseRef.current = onClose;
  });

  // Kept inside the window: a menu opened near the bottom or the right edge moves back in.
  useLayoutEffect(() => {
    const menu = menuRef.current;
    if (at === null || menu === null) return;
    const { width, height } = menu.getBoundingClientRect();
    setShift({
      x: Math.min(0, window.innerWidth - MARGIN - (at.x + width)),
      y: Math.min(0, window.innerHeight - MARGIN - (at.y + height)),
    });
  }, [at]);

  useEffect(() => {
    if (!open) return;
    const close = () => onCloseRef.current();
    returnTo.current = rememberFocus();
    // The first entry even when disabled (menus keep those focusable): the selection a right
    // click makes reaches the menu a render later, so which entries apply may still change.
    const first = menuRef.current?.querySelector<HTMLElement>('[role="menuitem"]');
    (first ?? menuRef.current)?.focus();
    const onPointerDown = (event: PointerEvent) => {
      const node = event.target instanceof Node ? event.target : null;
      if (node !== null && menuRef.current?.contains(node) === true) return;
      // The menu button toggles on its own click; closing here too would reopen it.
      const opener = returnTo.current?.opener;
      if (opener?.getAttribute('aria-haspopup') === 'menu' && opener.contains(node)) return;
      close();
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    window.addEventListener('blur', close);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown, true);
      window.removeEventListener('blur', close);
    };
  }, [open]);

  if (at === null) return null;

  const close = () => {
    onClose();
    returnTo.current?.restore();
  };

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
      style={{ left: at.x + shift.x, top: at.y + shift.y }}
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

/** Under an element, left-aligned: where a menu opened from a button or a focused row goes. */
export function pointUnder(element: Element, indent = 0): MenuPoint {
  const rect = element.getBoundingClientRect();
  return { x: rect.left + indent, y: rect.bottom };
}
