/**
 * Drops undefined fields: the SDK reports absent XML elements as undefined, and the
 * domain model leaves them out, so results compare and serialise cleanly.
 */
export function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
