import { resolve, sep } from 'node:path';

export type Destination =
  | { kind: 'file'; path: string }
  /** A zero-byte "folder/" marker: create the folder, write no file. */
  | { kind: 'folder'; path: string }
  | { kind: 'refused'; reason: string };

const DRIVE = /^[A-Za-z]:/;

export interface DestinationOptions {
  /**
   * Keys: yes (the default), as backslashes separate folders on Windows. Paths a browser gives
   * (a dropped file's place under its folder) use "/" only, and a backslash there is part of a
   * name; the resolved path is still checked to stay inside the root on every OS.
   */
  backslashSeparates?: boolean;
}

/**
 * Where an object key lands under the folder the user chose. Keys are
 * attacker-controlled: anything that could resolve outside that folder is
 * refused (and reported), never "cleaned up" into some other path.
 */
export function destinationFor(
  rootDir: string,
  key: string,
  prefix = '',
  options: DestinationOptions = {},
): Destination {
  if (!key.startsWith(prefix))
    return { kind: 'refused', reason: `"${key}" is not under "${prefix}"` };
  const relative = key.slice(prefix.length);
  if (relative === '') return { kind: 'refused', reason: 'the key names the folder itself' };
  if (relative.includes('\0')) return { kind: 'refused', reason: 'the key contains a NUL byte' };
  const separator = options.backslashSeparates === false ? /\// : /[/\\]/;
  const isFolder = separator.test(relative.at(-1) ?? '');
  const segments = (isFolder ? relative.slice(0, -1) : relative).split(separator);
  for (const segment of segments) {
    if (segment === '')
      return { kind: 'refused', reason: `"${key}" has an empty or absolute path segment` };
    if (segment === '.' || segment === '..')
      return { kind: 'refused', reason: `"${key}" climbs out with "${segment}"` };
    if (DRIVE.test(segment)) return { kind: 'refused', reason: `"${key}" names a drive` };
  }
  const root = resolve(rootDir);
  const path = resolve(root, ...segments);
  if (!path.startsWith(root.endsWith(sep) ? root : root + sep)) {
    return { kind: 'refused', reason: `"${key}" resolves outside the chosen folder` };
  }
  return { kind: isFolder ? 'folder' : 'file', path };
}
