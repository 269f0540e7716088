import { basename } from 'node:path';
import { AppError } from '../../../shared/contract/envelope.js';

/**
 * One key this folder cannot hold (a file where a folder must go, a name too long for the file
 * system …). A folder job reports it per item and goes on; a single-file job fails with it.
 */
export class UnwritableItem extends AppError {
  constructor(
    readonly key: string,
    readonly reason: string,
  ) {
    super('LocalFileError', `Cannot save ${key}: ${reason}`, { key, reason });
    this.name = 'UnwritableItem';
  }
}

const FILE_SYSTEM_CALLS = new Set(['open', 'mkdir', 'rename', 'link', 'unlink', 'stat']);

/** A plain reason when err is the file system refusing this one name; undefined otherwise. */
export function unwritableReason(err: unknown): string | undefined {
  if (typeof err !== 'object' || err === null) return undefined;
  const { code, syscall, path, dest } = err as Record<string, unknown>;
  if (typeof syscall !== 'string' || !FILE_SYSTEM_CALLS.has(syscall)) return undefined;
  // rename and link name the final path in `dest`; the temporary one in `path` is not the key's.
  const target = typeof dest === 'string' ? dest : path;
  const name = typeof target === 'string' ? `“${basename(target)}”` : 'the name';
  switch (code) {
    case 'ENAMETOOLONG':
      return `${name} is longer than this file system allows`;
    case 'ENOTDIR':
      return 'a file of the same name is in the way of one of its folders';
    case 'EISDIR':
      return `a folder named ${name} is already there`;
    case 'EEXIST':
      return syscall === 'mkdir'
        ? `a file named ${name} is in the way of a folder of the same name`
        : `${name} appeared on this computer while downloading and was left as it is`;
    case 'EINVAL':
    case 'EILSEQ':
      return `this file system does not accept the name ${name}`;
    default:
      return undefined;
  }
}
