import { mkdtemp, readdir, rm } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Spool } from './spool.js';

// The spool on real files: what a restart of the host keeps of a drop, and what it must not.
let root: string;
beforeEach(async () => {
  root = join(await mkdtemp(join(tmpdir(), 'holdall-spool-')), 'spool');
});
afterEach(async () => {
  await rm(join(root, '..'), { recursive: true, force: true });
});

const body = (text: string) => Readable.from([Buffer.from(text)]) as unknown as IncomingMessage;
const BOOT = 1_000_000;

async function wholeDrop(spool: Spool): Promise<string> {
  const { folders } = await spool.open('dropwhole1', [
    { path: 'f/a.txt', size: 1 },
    { path: 'f/b.txt', size: 1 },
  ]);
  await spool.receive(body('a'), 'dropwhole1', 'f/a.txt');
  await spool.receive(body('b'), 'dropwhole1', 'f/b.txt');
  return folders[0]?.path ?? '';
}

async function settled(check: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 200 && !(await check()); i++) await new Promise((r) => setTimeout(r, 10));
}

describe('the spool across a restart of the host', () => {
  it('keeps a drop that arrived whole when only the host restarted', async () => {
    const folder = await wholeDrop(new Spool(root, BOOT));
    const next = new Spool(root, BOOT + 5_000);
    next.discardUnfinished();
    expect(next.live(folder)).toBeUndefined();
    expect(await readdir(folder)).toEqual(['a.txt', 'b.txt']);
    await next.release(folder);
    expect(await readdir(root)).toEqual([]);
  });

  it('discards a whole drop when the machine restarted too: its bytes were never synced', async () => {
    const folder = await wholeDrop(new Spool(root, BOOT));
    const next = new Spool(root, BOOT + 3_600_000);
    next.discardUnfinished();
    const walk = next.live(folder)?.files(new AbortController().signal, () => undefined);
    await expect(walk?.[Symbol.asyncIterator]().next()).rejects.toThrow(/is not whole/);
    await settled(async () => (await readdir(root)).length === 0);
    expect(await readdir(root)).toEqual([]);
  });

  it('discards a drop that was still arriving when the host stopped', async () => {
    const spool = new Spool(root, BOOT);
    const { folders } = await spool.open('drophalf01', [
      { path: 'h/a.txt', size: 1 },
      { path: 'h/b.txt', size: 1 },
    ]);
    await spool.receive(body('a'), 'drophalf01', 'h/a.txt');
    const next = new Spool(root, BOOT);
    next.discardUnfinished();
    expect(next.live(folders[0]?.path ?? '')).toBeDefined();
    await settled(async () => (await readdir(root)).length === 0);
    expect(await readdir(root)).toEqual([]);
  });
});
