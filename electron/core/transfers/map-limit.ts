import { setMaxListeners } from 'node:events';

/**
 * Runs work over items with at most `limit` at once. The first failure stops
 * new work, aborts the rest through the signal it hands out, and is rethrown.
 */
export async function mapLimit<T>(
  items: Iterable<T> | AsyncIterable<T>,
  limit: number,
  work: (item: T, signal: AbortSignal) => Promise<void>,
  outer?: AbortSignal,
): Promise<void> {
  const stop = new AbortController();
  // Every request of every worker listens on this one signal; more than ten is normal.
  setMaxListeners(0, stop.signal);
  const onOuterAbort = (): void => stop.abort(outer?.reason);
  outer?.addEventListener('abort', onOuterAbort, { once: true });
  const iterator =
    Symbol.asyncIterator in items ? items[Symbol.asyncIterator]() : items[Symbol.iterator]();
  let failure: { error: unknown } | undefined;
  const worker = async (): Promise<void> => {
    while (failure === undefined && !stop.signal.aborted) {
      const next = await iterator.next();
      if (next.done === true) return;
      try {
        await work(next.value, stop.signal);
      } catch (error) {
        failure ??= { error };
        stop.abort(error);
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, limit) }, worker));
  } finally {
    outer?.removeEventListener('abort', onOuterAbort);
  }
  if (failure !== undefined) throw failure.error;
  outer?.throwIfAborted();
}
