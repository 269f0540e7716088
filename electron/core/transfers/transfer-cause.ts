import { AppError } from '../../../shared/contract/envelope.js';
import type { AppErrorShape } from '../../../shared/contract/envelope.js';
import { toAppError } from '../s3/errors.js';
import { RetriesExhausted } from './retry.js';

const LOCAL_PROBLEMS: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EACCES: 'permission was denied',
  EPERM: 'the operation is not permitted',
  EROFS: 'the disk is read-only',
  ENOENT: 'the folder does not exist',
  EMFILE: 'too many files are open',
  EIO: 'the disk reported an input/output error',
};

/** A file system error (it names a syscall and a path) in plain words, keeping the raw code. */
function localFileCause(err: unknown): AppErrorShape | undefined {
  if (typeof err !== 'object' || err === null) return undefined;
  const { code, syscall, path } = err as { code?: unknown; syscall?: unknown; path?: unknown };
  if (typeof code !== 'string' || typeof syscall !== 'string' || typeof path !== 'string')
    return undefined;
  const problem = LOCAL_PROBLEMS[code];
  if (problem === undefined) return undefined;
  return {
    code: 'LocalFileError',
    message: `Could not use ${path}: ${problem}.`,
    details: { errno: code, syscall },
  };
}

/** The cause a failed job shows: the underlying error, with how often it was tried. */
export function causeOf(err: unknown): AppErrorShape {
  if (err instanceof AppError) return err.toShape();
  if (err instanceof RetriesExhausted) {
    const inner = causeOf(err.cause);
    return { ...inner, details: { ...inner.details, attempts: err.attempts } };
  }
  return localFileCause(err) ?? toAppError(err);
}
