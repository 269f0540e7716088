import { AppError } from '../../../shared/contract/envelope.js';

/** Between batches of a long operation: stop cleanly when the caller went away. */
export function throwIfCanceled(signal: AbortSignal | undefined): void {
  if (signal?.aborted === true) throw new AppError('Canceled', 'The operation was canceled.');
}
