import type { UploadSource } from './drop-tree.js';

const ID_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A fresh drop id the host accepts ([A-Za-z0-9_-]{8,64}); random so two drops never share a folder. */
export function newDropId(
  random: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array = (b) => crypto.getRandomValues(b),
): string {
  const bytes = random(new Uint8Array(20));
  return Array.from(bytes, (b) => ID_CHARS[b % ID_CHARS.length]).join('');
}

export function spoolUrl(dropId: string, relativePath: string): string {
  return `/api/spool?${new URLSearchParams({ drop: dropId, path: relativePath }).toString()}`;
}

function topSegment(relativePath: string): string {
  return relativePath.split('/')[0] ?? relativePath;
}

/**
 * The top-level path to enqueue for a spooled file: the file itself, or the
 * dropped folder holding it (the spooled path minus the segments below the
 * top). The host's separator may be "/" or "\", but names are only ever
 * stripped whole: a backslash inside a name ("back\slash.txt") is no place to cut.
 */
export function topLevelPath(spooledPath: string, relativePath: string): string {
  let path = spooledPath;
  for (const segment of relativePath.split('/').slice(1).reverse()) {
    const cut = path.length - segment.length - 1;
    const separator = path.charAt(cut);
    if (cut <= 0 || !path.endsWith(segment) || (separator !== '/' && separator !== '\\'))
      return spooledPath;
    path = path.slice(0, cut);
  }
  return path;
}

/**
 * Electron: the real path of a file and where it sits under the picked folder
 * give the folder's own path ("/home/me/photos/a/b.jpg", "photos/a/b.jpg" →
 * "/home/me/photos"), so the host walks the folder itself.
 */
export function folderRootOf(realPath: string, relativePath: string): string {
  return topLevelPath(realPath, relativePath);
}

/** Distinct top-level items in the order they first appear. */
export function topLevelNames(sources: readonly UploadSource[]): string[] {
  return [...new Set(sources.map((s) => topSegment(s.relativePath)))];
}

export function totalBytes(sources: readonly UploadSource[]): number {
  return sources.reduce((sum, s) => sum + s.file.size, 0);
}
