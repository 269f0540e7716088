import { isAbsolute, sep } from 'node:path';

/** A file the user dropped or picked: its real path, and where it sits in what was chosen. */
export interface ChosenFile {
  path: string;
  /** "photos/2024/a.jpg" for a file of a picked folder "photos"; the bare name otherwise. */
  relativePath: string;
}

const MAX_CHOSEN = 100_000;

/**
 * The items to grant for what the user chose: each file, or the folder a picked
 * folder's files sit under ("/home/me/photos/2024/a.jpg" with "photos/2024/a.jpg" →
 * "/home/me/photos"), each once. Input comes from the preload, so it is checked like
 * any other: an item that is not a path and a relative path, a path that is not absolute, or
 * one that does not end with its relative path is refused, not skipped or guessed at.
 */
export function chosenRoots(chosen: unknown): string[] {
  if (!Array.isArray(chosen) || chosen.length > MAX_CHOSEN)
    throw new Error(`Expected a list of at most ${MAX_CHOSEN} chosen files`);
  const roots = new Set<string>();
  for (const [index, item] of (chosen as unknown[]).entries()) {
    const { path, relativePath } = (item ?? {}) as Partial<Record<keyof ChosenFile, unknown>>;
    if (typeof path !== 'string' || typeof relativePath !== 'string')
      throw new Error(`Chosen file ${index} is not a path and a relative path`);
    // A File built in the page has no path: nothing was chosen from disk.
    if (path === '') continue;
    if (!isAbsolute(path)) throw new Error(`Chosen file ${index}: ${path} is not an absolute path`);
    const below = relativePath.split('/').filter((s) => s !== '');
    const pathSegments = path.split(sep);
    const tail = pathSegments.slice(-below.length);
    if (below.length === 0 || tail.join('/') !== below.join('/'))
      throw new Error(`${path} does not end with ${relativePath}`);
    roots.add(pathSegments.slice(0, pathSegments.length - below.length + 1).join(sep));
  }
  return [...roots];
}
