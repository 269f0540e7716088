/** What each mounted contributor offers, keyed by contributor, in mount order. */
export type Contributions<T> = ReadonlyMap<symbol, readonly T[]>;

/**
 * Sets what `owner` offers. A contributor offering again (its items changed) keeps its place,
 * so a menu does not reshuffle when one feature's entries update.
 */
export function withContribution<T>(
  current: Contributions<T>,
  owner: symbol,
  items: readonly T[],
): Contributions<T> {
  return new Map(current).set(owner, items);
}

/** Drops everything `owner` offered; answers `current` itself when it offered nothing. */
export function withoutContribution<T>(current: Contributions<T>, owner: symbol): Contributions<T> {
  if (!current.has(owner)) return current;
  const next = new Map(current);
  next.delete(owner);
  return next;
}

/** Everything offered, contributor by contributor in mount order. */
export function contributedItems<T>(current: Contributions<T>): readonly T[] {
  return [...current.values()].flat();
}
