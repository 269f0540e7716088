import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GrantRegistry } from './grant-registry.js';

let root: string;
let dataDir: string;
let home: string;
let registry: GrantRegistry;

async function refusal(work: Promise<unknown>): Promise<unknown> {
  const err = (await work.then(
    () => undefined,
    (e: unknown) => e,
  )) as { code?: string; details?: { reason?: unknown } } | undefined;
  if (err === undefined) throw new Error('expected a refusal');
  return { code: err.code, reason: err.details?.reason };
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'holdall-grant-file-'));
  // The data folder inside the folder a save dialog most often starts in, as in a real home.
  home = join(root, 'home');
  dataDir = join(home, '.config', 'Holdall');
  await mkdir(dataDir, { recursive: true });
  await writeFile(join(dataDir, 'secret.key'), 'secret');
  registry = new GrantRegistry({ protectedDir: dataDir });
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('GrantRegistry write-file grants ("Download as…")', () => {
  it('grants one file to write, new or existing, in a folder that holds the data folder', async () => {
    const fresh = join(home, 'report.pdf');
    const grant = await registry.issueWriteFile('w1', fresh);
    expect(await registry.resolveGrant('w1', grant, ['writeFolder', 'writeFile'])).toEqual({
      path: fresh,
      use: 'writeFile',
    });
    // The file appearing (the download writing it) keeps the grant good.
    await writeFile(fresh, 'written');
    expect(await registry.resolve('w1', grant, ['writeFile'])).toBe(fresh);
  });

  it('allows only writing that file: not its folder, not reading it', async () => {
    const grant = await registry.issueWriteFile('w1', join(home, 'a.txt'));
    expect(await refusal(registry.resolve('w1', grant, ['writeFolder']))).toEqual({
      code: 'GrantRefused',
      reason: 'wrongUse',
    });
    expect(await refusal(registry.resolve('w1', grant, ['readFile', 'readTree']))).toEqual({
      code: 'GrantRefused',
      reason: 'wrongUse',
    });
    expect(await refusal(registry.resolve('w2', grant, ['writeFile']))).toEqual({
      code: 'GrantRefused',
      reason: 'unknown',
    });
  });

  it("refuses a file inside the app's data folder, also through a symlinked folder", async () => {
    expect(await refusal(registry.issueWriteFile('w1', join(dataDir, 'secret.key')))).toEqual({
      code: 'GrantRefused',
      reason: 'protected',
    });
    await symlink(dataDir, join(home, 'innocent'));
    expect(await refusal(registry.issueWriteFile('w1', join(home, 'innocent', 'x.json')))).toEqual({
      code: 'GrantRefused',
      reason: 'protected',
    });
  });

  it('refuses a folder in place of the file, a missing folder and a relative path', async () => {
    await mkdir(join(home, 'photos'));
    expect(await refusal(registry.issueWriteFile('w1', join(home, 'photos')))).toEqual({
      code: 'GrantRefused',
      reason: 'notFile',
    });
    expect(await refusal(registry.issueWriteFile('w1', join(home, 'nope', 'a.txt')))).toEqual({
      code: 'GrantRefused',
      reason: 'missing',
    });
    expect(await refusal(registry.issueWriteFile('w1', 'a.txt'))).toEqual({
      code: 'GrantRefused',
      reason: 'notAbsolute',
    });
  });

  it('refuses the grant once its folder was swapped for a symlink into the data folder', async () => {
    const folder = join(home, 'out');
    await mkdir(folder);
    const grant = await registry.issueWriteFile('w1', join(folder, 'a.txt'));
    await rm(folder, { recursive: true });
    await symlink(dataDir, folder);
    expect(await refusal(registry.resolve('w1', grant, ['writeFile']))).toEqual({
      code: 'GrantRefused',
      reason: 'protected',
    });
  });
});
