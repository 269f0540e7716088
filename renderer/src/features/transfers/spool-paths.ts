import type { DropSource } from './spool-drop.js';

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

export function spoolOpenUrl(dropId: string): string {
  return `/api/spool/open?${new URLSearchParams({ drop: dropId }).toString()}`;
}

export function spoolBatchUrl(dropId: string): string {
  return `/api/spool/batch?${new URLSearchParams({ drop: dropId }).toString()}`;
}

function topSegment(relativePath: string): string {
  return relativePath.split('/')[0] ?? relativePath;
}

/** Distinct top-level items in the order they first appear. */
export function topLevelNames(sources: readonly DropSource[]): string[] {
  return [...new Set(sources.map((s) => topSegment(s.relativePath)))];
}

export function totalBytes(sources: readonly DropSource[]): number {
  return sources.reduce((sum, s) => sum + s.file.size, 0);
}
