import { opendir, realpath, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

export interface WalkedFile {
  path: string;
  /** Relative to the root, segments joined with "/" on every OS. */
  relativeKey: string;
  size: number;
  mtimeMs: number;
}

export interface WalkSkip {
  relativeKey: string;
  reason: string;
}

export interface FolderWalkOptions {
  signal?: AbortSignal;
  /** Called for entries left out on purpose; they are never yielded. */
  onSkip?(skip: WalkSkip): void;
}

function inside(root: string, target: string): boolean {
  return target === root || target.startsWith(root.endsWith(sep) ? root : root + sep);
}

async function sortedEntries(dir: string, signal?: AbortSignal) {
  const names: { name: string; kind: 'file' | 'dir' | 'link' | 'other' }[] = [];
  for await (const entry of await opendir(dir, { bufferSize: 256 })) {
    signal?.throwIfAborted();
    names.push({
      name: entry.name,
      kind: entry.isFile()
        ? 'file'
        : entry.isDirectory()
          ? 'dir'
          : entry.isSymbolicLink()
            ? 'link'
            : 'other',
    });
  }
  // Sorted so a retry walks in the same order (see WalkCursor); costs one directory's names.
  return names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * Walks a directory tree lazily, depth first in name order, one directory's
 * names in memory at a time. Symlinked files that stay inside the tree are
 * followed; symlinks leaving it, symlinked folders (cycles, duplicates) and
 * special files are skipped and reported.
 */
export async function* walkFolder(
  root: string,
  options: FolderWalkOptions = {},
): AsyncGenerator<WalkedFile> {
  const realRoot = await realpath(root);
  const skip = (path: string, reason: string): void =>
    options.onSkip?.({ relativeKey: relative(root, path).split(sep).join('/'), reason });

  async function* visit(dir: string): AsyncGenerator<WalkedFile> {
    for (const entry of await sortedEntries(dir, options.signal)) {
      options.signal?.throwIfAborted();
      const path = join(dir, entry.name);
      const relativeKey = relative(root, path).split(sep).join('/');
      if (entry.kind === 'dir') {
        yield* visit(path);
        continue;
      }
      if (entry.kind === 'other') {
        skip(path, 'not a regular file');
        continue;
      }
      if (entry.kind === 'link') {
        const target = await realpath(path).catch(() => undefined);
        if (target === undefined) {
          skip(path, 'a broken symbolic link');
          continue;
        }
        if (!inside(realRoot, target)) {
          skip(path, 'a symbolic link that leaves the folder');
          continue;
        }
      }
      const info = await stat(path).catch(() => undefined);
      if (info === undefined) {
        skip(path, 'vanished while walking');
        continue;
      }
      if (info.isDirectory()) {
        skip(path, 'a symbolic link to a folder');
        continue;
      }
      if (!info.isFile()) {
        skip(path, 'not a regular file');
        continue;
      }
      yield { path, relativeKey, size: info.size, mtimeMs: info.mtimeMs };
    }
  }
  yield* visit(root);
}
