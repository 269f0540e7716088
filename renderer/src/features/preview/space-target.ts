import type { ObjectActionTarget } from '../../app/object-actions.js';

/** Just what space-target needs of a key event, so it tests without a DOM. */
export interface KeyLike {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  defaultPrevented: boolean;
  target: EventTarget | null;
}

/** Just what space-target reads of the focused element. */
interface RowLike {
  getAttribute(name: string): string | null;
  closest(selector: string): unknown;
}

function isRowLike(target: unknown): target is RowLike {
  return (
    typeof target === 'object' && target !== null && 'getAttribute' in target && 'closest' in target
  );
}

/**
 * The file an object-list row element shows, or null for anything else (a folder row, an
 * element outside the list, a row inside a dialog). The row's label is its name in the folder.
 */
export function fileRowKey(row: unknown, target: ObjectActionTarget): string | null {
  if (!isRowLike(row) || row.getAttribute('role') !== 'row') return null;
  if (row.closest('[role="grid"]') === null || row.closest('dialog') !== null) return null;
  const name = row.getAttribute('aria-label');
  // Folder rows are named with their trailing "/"; Enter opens those.
  if (name === null || name === '' || name.endsWith('/')) return null;
  return target.prefix + name;
}

/**
 * The file a plain Space on a focused object-list row previews, or null when the key is not
 * that (modifiers, another element, a folder row).
 */
export function spaceTarget(event: KeyLike, target: ObjectActionTarget): string | null {
  if (event.key !== ' ' || event.defaultPrevented) return null;
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return null;
  return fileRowKey(event.target, target);
}
