import { AppError } from '../../../shared/contract/envelope.js';
import type { AppErrorShape } from '../../../shared/contract/envelope.js';
import { toAppError } from '../s3/errors.js';
import { RetriesExhausted } from './retry.js';

/** The cause a failed job shows: the underlying error, with how often it was tried. */
export function causeOf(err: unknown): AppErrorShape {
  if (err instanceof AppError) return err.toShape();
  if (err instanceof RetriesExhausted) {
    const inner = causeOf(err.cause);
    return { ...inner, details: { ...inner.details, attempts: err.attempts } };
  }
  return toAppError(err);
}
