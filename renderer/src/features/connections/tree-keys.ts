export interface TreeItemState {
  kind: 'connection' | 'bucket';
  expanded: boolean;
}

export type TreeMove =
  | { type: 'focus'; index: number }
  | { type: 'expand' }
  | { type: 'collapse' }
  | { type: 'activate' };

function parentIndex(items: readonly TreeItemState[], index: number): number | undefined {
  for (let i = index - 1; i >= 0; i -= 1) if (items[i]?.kind === 'connection') return i;
  return undefined;
}

/**
 * What a key does on the visible tree items (in document order), following
 * the WAI-ARIA tree pattern: Up/Down walk, Right opens then descends, Left
 * closes then climbs.
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
      if (item.kind === 'bucket') return undefined;
      if (!item.expanded) return { type: 'expand' };
      return items[index + 1]?.kind === 'bucket' ? { type: 'focus', index: index + 1 } : undefined;
    case 'ArrowLeft': {
      if (item.kind === 'connection') return item.expanded ? { type: 'collapse' } : undefined;
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
