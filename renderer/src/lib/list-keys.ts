const PAGE = 10;

/**
 * Where a key moves focus in a flat list of `count` rows; undefined when it does not.
 * `page` is how far PageUp/PageDown go: the rows a screen shows, where that is known.
 */
export function listKeyMove(
  key: string,
  index: number,
  count: number,
  page = PAGE,
): number | undefined {
  if (count === 0) return undefined;
  const clamp = (i: number) => Math.min(count - 1, Math.max(0, i));
  switch (key) {
    case 'ArrowDown':
      return clamp(index + 1);
    case 'ArrowUp':
      return clamp(index - 1);
    case 'PageDown':
      return clamp(index + page);
    case 'PageUp':
      return clamp(index - page);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}
