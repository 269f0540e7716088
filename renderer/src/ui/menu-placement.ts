import { useLayoutEffect, useState } from 'react';
import type { RefObject } from 'react';

/** Where a popup menu opens, in window coordinates. */
export interface MenuPoint {
  x: number;
  y: number;
}

const MARGIN = 4;

/** Under an element, left-aligned: where a menu opened from a button or a focused row goes. */
export function pointUnder(element: Element, indent = 0): MenuPoint {
  const rect = element.getBoundingClientRect();
  return { x: rect.left + indent, y: rect.bottom };
}

/**
 * The menu's position, kept inside the window: a menu opened near the bottom or the right
 * edge moves back in once its size is known.
 */
export function useMenuPlacement(
  at: MenuPoint | null,
  menuRef: RefObject<HTMLElement | null>,
): { left: number; top: number } {
  const [shift, setShift] = useState({ x: 0, y: 0 });
  useLayoutEffect(() => {
    const menu = menuRef.current;
    if (at === null || menu === null) return;
    const { width, height } = menu.getBoundingClientRect();
    setShift({
      x: Math.min(0, window.innerWidth - MARGIN - (at.x + width)),
      y: Math.min(0, window.innerHeight - MARGIN - (at.y + height)),
    });
  }, [at, menuRef]);
  return { left: (at?.x ?? 0) + shift.x, top: (at?.y ?? 0) + shift.y };
}
