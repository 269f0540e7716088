import { AppError } from '../../../shared/contract/envelope.js';
import type { KeyError, PrefixLocation } from '../../../shared/domain/copy-prefix.js';
import { toAppError } from '../s3/errors.js';

/**
 * In one bucket, a target inside the source would be listed while it is being written
 * (copying forever), and a source inside the target could be overwritten before it is
 * read; refuse both.
 */
export function assertNoOverlap({
  source,
  target,
}: {
  source: PrefixLocation;
  target: PrefixLocation;
}): void {
  if (source.bucket !== target.bucket) return;
  if (target.prefix.startsWith(source.prefix) || source.prefix.startsWith(target.prefix)) {
    throw new AppError(
      'InvalidInput',
      'target.prefix: must not be inside the source folder, nor contain it, in the same bucket',
      { fields: ['target.prefix'] },
    );
  }
}

/** One object's failure as a copy or move reports it. */
export function keyError(key: string, err: unknown): KeyError {
  const { code, message } = err instanceof AppError ? err.toShape() : toAppError(err);
  return { key, code, message };
}
