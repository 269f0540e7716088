import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { walkFolder } from './folder-walk.js';
import type { FolderWalkOptions, WalkedFile, WalkSkip } from './folder-walk.js';

let root: string;
let outside: string;

beforeAll(async () => {
  const base = await mkdtemp(join(tmpdir(), 'holdall-walk-'));
  root = join(base, 'tree');
  outside = join(base, 'outside');
  await mkdir(join(root, 'b', 'deep', 'er'), { recursive: true });
  await mkdir(join(root, 'a-c'), { recursive: true });
  await mkdir(outside);
  await writeFile(join(outside, 'secret.txt'), 'secret');
  await writeFile(join(root, 'z.txt'), 'zz');
  await writeFile(join(root, 'a.txt'), 'a');
  await writeFile(join(root, 'a-c', 'x'), 'x');
  await writeFile(join(root, 'b', 'deep', 'er', 'f with space+%.bin'), '12345');
  await writeFile(join(root, 'b', 'ünï.txt'), 'u');
  await symlink(join(root, 'a.txt'), join(root, 'link-inside'));
  await symlink(join(outside, 'secret.txt'), join(root, 'link-outside'));
  await symlink(outside, join(root, 'b', 'dir-outside'));
  await symlink(join(root, 'b'), join(root, 'loop'));
  await symlink(join(root, 'missing'), join(root, 'broken'));
});

async function collect(options: FolderWalkOptions = {}): Promise<WalkedFile[]> {
  const out: WalkedFile[] = [];
  for await (const file of walkFolder(root, options)) out.push(file);
  return out;
}

describe('walkFolder', () => {
  it('yields every file depth first in name order with "/" keys, sizes and paths', async () => {
    const files = await collect();
    expect(files.map((f) => f.relativeKey)).toEqual([
      'a-c/x',
      'a.txt',
      'b/deep/er/f with space+%.bin',
      'b/ünï.txt',
      'link-inside',
      'z.txt',
    ]);
    const deep = files.find((f) => f.relativeKey.startsWith('b/deep'));
    expect(deep?.size).toBe(5);
    expect(deep?.path).toBe(join(root, 'b', 'deep', 'er', 'f with space+%.bin'));
    expect(deep?.mtimeMs).toBeGreaterThan(0);
  });

  it('skips links that leave the tree, link cycles and broken links, and says why', async () => {
    const skipped: WalkSkip[] = [];
    await collect({ onSkip: (s: WalkSkip) => skipped.push(s) });
    expect(skipped.map((s) => s.relativeKey).sort()).toEqual([
      'b/dir-outside',
      'broken',
      'link-outside',
      'loop',
    ]);
    expect(skipped.find((s) => s.relativeKey === 'link-outside')?.reason).toMatch(/leaves/);
  });

  it('is lazy: stopping early reads no further', async () => {
    const walk = walkFolder(root);
    const first = await walk.next();
    expect(first.done).toBe(false);
    expect((first.value as WalkedFile).relativeKey).toBe('a-c/x');
    await walk.return(undefined);
  });

  it('stops when aborted', async () => {
    const stop = new AbortController();
    stop.abort();
    await expect(collect({ signal: stop.signal })).rejects.toThrow();
  });
});
