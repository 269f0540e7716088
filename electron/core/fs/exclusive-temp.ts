import { randomBytes } from 'node:crypto';
import { link, open, rename, stat, unlink } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export const TEMPORARY_SUFFIX = '.holdall-download';

/** Room for the dot, the random part and the suffix inside a 255-byte name. */
const NAME_BYTES_KEPT = 100;
const CREATE_TRIES = 8;

/** The longest prefix of name that fits in maxBytes of UTF-8, cut between characters. */
function utf8Prefix(name: string, maxBytes: number): string {
  let bytes = 0;
  let out = '';
  for (const char of name) {
    bytes += Buffer.byteLength(char);
    if (bytes > maxBytes) break;
    out += char;
  }
  return out;
}

/**
 * A hidden sibling name with 96 random bits: no key of the same download can predict it, and a
 * long final name still leaves a temporary name the file system accepts.
 */
export function temporaryNameFor(destination: string): string {
  const name = utf8Prefix(basename(destination), NAME_BYTES_KEPT);
  return join(
    dirname(destination),
    `.${name}.${randomBytes(12).toString('hex')}${TEMPORARY_SUFFIX}`,
  );
}

/**
 * Creates a new temporary file beside destination with O_EXCL, so it never opens a file someone
 * else made. `claim` runs before each creation (the journal line that lets a restart find it).
 */
export async function createExclusiveTemp(
  destination: string,
  claim: (path: string) => Promise<void>,
): Promise<{ path: string; file: FileHandle }> {
  for (let attempt = 1; ; attempt++) {
    const path = temporaryNameFor(destination);
    await claim(path);
    try {
      return { path, file: await open(path, 'wx', 0o600) };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= CREATE_TRIES) throw err;
    }
  }
}

const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EMLINK']);

/**
 * Moves a finished temporary file to its final name. With `replace` false the final name must
 * still be free: a hard link fails with EEXIST instead of replacing what appeared there meanwhile.
 */
export async function moveIntoPlace(
  temp: string,
  destination: string,
  replace: boolean,
): Promise<void> {
  if (replace) {
    await rename(temp, destination);
    return;
  }
  try {
    await link(temp, destination);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? '';
    if (code === 'EEXIST' || NO_HARD_LINKS.has(code)) {
      const there = await stat(destination).catch(() => undefined);
      // A folder in the way is no file that "appeared": say which it is.
      if (there?.isDirectory() === true) throw alreadyThere('EISDIR', destination);
      if (there !== undefined) throw alreadyThere('EEXIST', destination);
    }
    if (!NO_HARD_LINKS.has(code)) throw err;
    // A file system without hard links: checked just above, then rename (a narrow window).
    await rename(temp, destination);
    return;
  }
  await unlink(temp);
}

function alreadyThere(code: 'EEXIST' | 'EISDIR', destination: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: already there, link '${destination}'`), {
    code,
    syscall: 'link',
    path: destination,
  });
}
