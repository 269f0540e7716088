import type { KeyError } from '../../../../shared/domain/copy-prefix.js';
import { errorMessage } from '../../contract/contract-error.js';

/** One item that did not go through, named as the user knows it. */
export interface ItemFailure {
  name: string;
  message: string;
}

/** What a multi-item job ended with: every failure is kept, none is dropped. */
export interface RunReport {
  done: number;
  failures: ItemFailure[];
}

export interface RunProgress {
  /** Items finished (objects, or folders as a whole). */
  done: number;
  total: number;
  /** The folder being worked through, with objects done inside it. */
  folder?: { name: string; done: number; total: number | null } | undefined;
}

export function failureOf(name: string, err: unknown): ItemFailure {
  return { name, message: errorMessage(err) };
}

export function keyFailures(errors: readonly KeyError[]): ItemFailure[] {
  return errors.map(({ key, message }) => ({ name: key, message }));
}

/** Runs `work` over items, a few at a time, keeping going when one fails. */
export async function eachLimited<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++]!;
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
