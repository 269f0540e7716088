import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { mapLimit } from '../../../electron/core/transfers/map-limit.js';

export interface FileFacts {
  size: number;
  sha256: string;
}

export interface Dataset {
  big: FileFacts & { path: string; name: string };
  /** A flat directory: name → facts. */
  small: { dir: string; files: Map<string, FileFacts>; bytes: number };
}

const MiB = 1024 * 1024;

async function bigFile(path: string, size: number): Promise<FileFacts> {
  const hash = createHash('sha256');
  // Random bytes: nothing on the way (compression, dedup) can make one tool look faster.
  function* chunks() {
    for (let left = size; left > 0; left -= MiB) {
      const chunk = randomBytes(Math.min(left, MiB));
      hash.update(chunk);
      yield chunk;
    }
  }
  await pipeline(chunks(), createWriteStream(path));
  return { size, sha256: hash.digest('hex') };
}

export async function makeDataset(
  root: string,
  bigBytes: number,
  smallCount: number,
  smallBytes: number,
): Promise<Dataset> {
  await mkdir(root, { recursive: true });
  const name = 'big.bin';
  const path = join(root, name);
  const big = { path, name, ...(await bigFile(path, bigBytes)) };
  const dir = join(root, 'small');
  await mkdir(dir);
  const width = String(smallCount - 1).length;
  const names = Array.from(
    { length: smallCount },
    (_, i) => `f${String(i).padStart(width, '0')}.bin`,
  );
  const files = new Map<string, FileFacts>();
  await mapLimit(names, 16, async (n) => {
    const bytes = randomBytes(smallBytes);
    await writeFile(join(dir, n), bytes);
    files.set(n, { size: smallBytes, sha256: createHash('sha256').update(bytes).digest('hex') });
  });
  return { big, small: { dir, files, bytes: smallCount * smallBytes } };
}

async function sha256Of(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: 4 * MiB }))
    hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Why the file is not the expected bytes, or undefined when it is. */
export async function checkFile(path: string, want: FileFacts): Promise<string | undefined> {
  const info = await stat(path).catch(() => undefined);
  if (info === undefined) return `${path} is missing`;
  if (info.size !== want.size) return `${path} has ${info.size} bytes, not ${want.size}`;
  if ((await sha256Of(path)) !== want.sha256) return `${path} has other bytes (SHA-256 differs)`;
  return undefined;
}

/** Every expected file, each with its bytes, and nothing else (a tool may nest or rename). */
export async function checkDir(
  dir: string,
  want: ReadonlyMap<string, FileFacts>,
): Promise<string | undefined> {
  const found = await readdir(dir, { recursive: true }).catch(() => [] as string[]);
  if (found.length !== want.size)
    return `${dir} holds ${found.length} entries, not ${want.size} files`;
  const problems: string[] = [];
  await mapLimit(want, 16, async ([name, facts]) => {
    const path = join(dir, name);
    const bytes = await readFile(path).catch(() => undefined);
    if (bytes === undefined) problems.push(`${path} is missing`);
    else if (bytes.length !== facts.size)
      problems.push(`${path} has ${bytes.length} bytes, not ${facts.size}`);
    else if (createHash('sha256').update(bytes).digest('hex') !== facts.sha256)
      problems.push(`${path} has other bytes (SHA-256 differs)`);
  });
  return problems.length === 0
    ? undefined
    : `${problems.length} bad files, e.g. ${problems.slice(0, 3).join('; ')}`;
}
