/** A visible tree item as the keys see it. */
export interface TreeItemState {
  /** 1 for the top level, one more for each level down. */
  level: number;
  /** Undefined for an item that has nothing to open. */
  expanded: boolean | undefined;
}

export type TreeMove =
  | { type: 'focus'; index: number }
  | { type: 'expand' }
  | { type: 'collapse' }
  | { type: 'activate' };

function parentIndex(items: readonly TreeItemState[], index: number): number | undefined {
  const level = items[index]?.level ?? 1;
  for (let i = index - 1; i >= 0; i -= 1) if ((items[i]?.level ?? 1) < level) return i;
  return undefined;
}

/**
 * What a key does on the visible tree items (in document order), following the WAI-ARIA tree
 * pattern at any depth: Up/Down walk, Home/End jump, Right opens then descends, Left closes
 * then climbs, Enter and Space activate.
 */
export function treeKeyMove(
  key: string,
  index: number,
  items: readonly TreeItemState[],
): TreeMove | undefined {
  const item = items[index];
  if (item === undefined) return undefined;
  switch (key) {
    case 'ArrowDown':
      return index + 1 < items.length ? { type: 'focus', index: index + 1 } : undefined;
    case 'ArrowUp':
      return index > 0 ? { type: 'focus', index: index - 1 } : undefined;
    case 'Home':
      return { type: 'focus', index: 0 };
    case 'End':
      return { type: 'focus', index: items.length - 1 };
    case 'ArrowRight':
      if (item.expanded === undefined) return undefined;
      if (!item.expanded) return { type: 'expand' };
      return (items[index + 1]?.level ?? 0) > item.level
        ? { type: 'focus', index: index + 1 }
        : undefined;
    case 'ArrowLeft': {
      if (item.expanded === true) return { type: 'collapse' };
      const parent = parentIndex(items, index);
      return parent === undefined ? undefined : { type: 'focus', index: parent };
    }
    case 'Enter':
    case ' ':
      return { type: 'activate' };
    default:
      return undefined;
  }
}

/**
 * Type-ahead: the next item after `from` (wrapping round) whose name starts with `typed`,
 * ignoring case; undefined when none does.
 */
export function typeAheadIndex(
  names: readonly (string | null)[],
  from: number,
  typed: string,
): number | undefined {
  const wanted = typed.toLocaleLowerCase();
  if (wanted === '') return undefined;
  // Repeating one letter steps through the names starting with it; more letters refine.
  const start = wanted.length === 1 ? from + 1 : from;
  for (let step = 0; step < names.length; step += 1) {
    const index = (start + step) % names.length;
    if (names[index]?.toLocaleLowerCase().startsWith(wanted) === true) return index;
  }
  return undefined;
}
