import { resolve, sep } from 'node:path';

export type Destination =
  | { kind: 'file'; path: string }
  /** A zero-byte "folder/" marker: create the folder, write no file. */
  | { kind: 'folder'; path: string }
  | { kind: 'refused'; reason: string };

/** What ext4, XFS, Btrfs, APFS and NTFS all allow in one name (UTF-16 units on Windows). */
const MAX_NAME_LENGTH = 255;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;
// eslint-disable-next-line no-control-regex -- control characters are what this refuses
const WINDOWS_FORBIDDEN = /[<>:"|?*\u0001-\u001f]/;

function nameLength(segment: string, platform: NodeJS.Platform): number {
  return platform === 'win32' ? segment.length : Buffer.byteLength(segment);
}

/** Why Windows cannot hold this name; drives and streams (":") only mean something there. */
function windowsProblem(key: string, segment: string): string | undefined {
  if (/^[A-Za-z]:/.test(segment)) return `"${key}" names a drive`;
  if (WINDOWS_FORBIDDEN.test(segment))
    return `"${key}" holds a character Windows does not allow in names (< > : " | ? * or a control character)`;
  if (WINDOWS_RESERVED.test(segment)) return `"${segment}" is a device name on Windows`;
  if (/[. ]$/.test(segment)) return `Windows drops the dot or space "${segment}" ends with`;
  return undefined;
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
  platform: NodeJS.Platform = process.platform,
): Destination {
  if (!key.startsWith(prefix))
    return { kind: 'refused', reason: `"${key}" is not under "${prefix}"` };
  const relative = key.slice(prefix.length);
  if (relative === '') return { kind: 'refused', reason: 'the key names the folder itself' };
  if (relative.includes('\0')) return { kind: 'refused', reason: 'the key contains a NUL byte' };
  const isFolder = /[/\\]$/.test(relative);
  // Backslashes separate folders on Windows, so treat them as separators everywhere.
  const segments = relative.replace(/[/\\]$/, '').split(/[/\\]/);
  for (const segment of segments) {
    if (segment === '')
      return { kind: 'refused', reason: `"${key}" has an empty or absolute path segment` };
    if (segment === '.' || segment === '..')
      return { kind: 'refused', reason: `"${key}" climbs out with "${segment}"` };
    if (nameLength(segment, platform) > MAX_NAME_LENGTH)
      return {
        kind: 'refused',
        reason: `a name in "${key}" is longer than file systems allow (${MAX_NAME_LENGTH} ${platform === 'win32' ? 'characters' : 'bytes'})`,
      };
    const problem = platform === 'win32' ? windowsProblem(key, segment) : undefined;
    if (problem !== undefined) return { kind: 'refused', reason: problem };
  }
  const root = resolve(rootDir);
  const path = resolve(root, ...segments);
  if (!path.startsWith(root.endsWith(sep) ? root : root + sep)) {
    return { kind: 'refused', reason: `"${key}" resolves outside the chosen folder` };
  }
  return { kind: isFolder ? 'folder' : 'file', path };
}
