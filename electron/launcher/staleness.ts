import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Newest modification time of a file, or of any file under a folder. */
async function newestIn(path: string): Promise<number> {
  const info = await stat(path).catch(() => undefined);
  if (info === undefined) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = 0;
  for (const entry of await readdir(path, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || entry.parentPath.includes('node_modules')) continue;
    newest = Math.max(newest, (await stat(join(entry.parentPath, entry.name))).mtimeMs);
  }
  return newest;
}

async function mtimeOr0(path: string): Promise<number> {
  return (await stat(path).catch(() => undefined))?.mtimeMs ?? 0;
}

/** True when an output is missing or any source is newer than the oldest output. */
export async function isBuildStale(
  root: string,
  sources: readonly string[],
  outputs: readonly string[],
): Promise<boolean> {
  const outTimes = await Promise.all(outputs.map((o) => mtimeOr0(join(root, o))));
  const oldestOut = Math.min(...outTimes);
  if (oldestOut === 0) return true;
  const srcTimes = await Promise.all(sources.map((s) => newestIn(join(root, s))));
  return Math.max(...srcTimes) > oldestOut;
}
