import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GrantRegistry } from './grant-registry.js';

let root: string;
let dataDir: string;
let spoolDir: string;
let registry: GrantRegistry;

async function refusal(work: Promise<unknown>): Promise<{ code: string; reason: unknown }> {
  const err = (await work.then(
    () => undefined,
    (e: unknown) => e,
  )) as { code?: string; details?: { reason?: unknown }; message?: string } | undefined;
  if (err === undefined) throw new Error('expected a refusal');
  return { code: err.code ?? String(err.message), reason: err.details?.reason };
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'holdall-grants-'));
  dataDir = join(root, 'data');
  spoolDir = join(dataDir, 'spool');
  await mkdir(join(spoolDir, 'drop1234'), { recursive: true });
  await writeFile(join(dataDir, 'secret.key'), 'secret key');
  await writeFile(join(dataDir, 'profiles.json'), '[]');
  await writeFile(join(spoolDir, 'drop1234', 'dropped.txt'), 'dropped');
  await mkdir(join(root, 'home', 'photos'), { recursive: true });
  await writeFile(join(root, 'home', 'photos', 'a.jpg'), 'jpg');
  registry = new GrantRegistry({ protectedDir: dataDir, readableInside: spoolDir });
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('GrantRegistry', () => {
  it('grants a file for reading and a folder as a tree, and resolves them back', async () => {
    const file = join(root, 'home', 'photos', 'a.jpg');
    const folder = join(root, 'home', 'photos');
    const fileGrant = await registry.issueRead('w1', file);
    const treeGrant = await registry.issueRead('w1', folder);
    expect(fileGrant).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(await registry.resolve('w1', fileGrant, ['readFile'])).toBe(file);
    expect(await registry.resolve('w1', treeGrant, ['readFile', 'readTree'])).toBe(folder);
    // The same item granted twice is one grant.
    expect(await registry.issueRead('w1', file)).toBe(fileGrant);
  });

  it('refuses a made-up grant id, and one issued to another window', async () => {
    const grant = await registry.issueRead('w1', join(root, 'home', 'photos', 'a.jpg'));
    expect(await refusal(registry.resolve('w1', 'A'.repeat(32), ['readFile']))).toEqual({
      code: 'GrantRefused',
      reason: 'unknown',
    });
    expect(await refusal(registry.resolve('w2', grant, ['readFile']))).toEqual({
      code: 'GrantRefused',
      reason: 'unknown',
    });
    registry.revoke('w1');
    expect((await refusal(registry.resolve('w1', grant, ['readFile']))).reason).toBe('unknown');
  });

  it('refuses a grant used for the wrong purpose', async () => {
    const read = await registry.issueRead('w1', join(root, 'home', 'photos'));
    const write = await registry.issueWrite('w1', join(root, 'home', 'photos'));
    expect((await refusal(registry.resolve('w1', read, ['writeFolder']))).reason).toBe('wrongUse');
    expect((await refusal(registry.resolve('w1', write, ['readFile', 'readTree']))).reason).toBe(
      'wrongUse',
    );
    const file = await registry.issueRead('w1', join(root, 'home', 'photos', 'a.jpg'));
    await expect(registry.resolve('w1', file, ['readTree'])).rejects.toThrow(
      /allows reading a file, not reading a folder/,
    );
    // A file is never a folder to write into.
    expect(
      (await refusal(registry.issueWrite('w1', join(root, 'home', 'photos', 'a.jpg')))).reason,
    ).toBe('notFolder');
  });

  it('refuses made-up, relative and missing paths', async () => {
    expect((await refusal(registry.issueRead('w1', join(root, 'nope.txt')))).reason).toBe(
      'missing',
    );
    expect((await refusal(registry.issueRead('w1', 'home/photos'))).reason).toBe('notAbsolute');
  });

  it('refuses paths inside the app data folder: its key, profiles and the folder itself', async () => {
    for (const path of [join(dataDir, 'secret.key'), join(dataDir, 'profiles.json'), dataDir])
      await expect(registry.issueRead('w1', path)).rejects.toMatchObject({
        code: 'GrantRefused',
        message: expect.stringMatching(/Holdall's own data folder/) as unknown,
      });
    expect((await refusal(registry.issueWrite('w1', dataDir))).reason).toBe('protected');
    // Nor a folder that holds it: a tree upload or a download there would reach it.
    expect((await refusal(registry.issueRead('w1', root))).reason).toBe('protected');
    expect((await refusal(registry.issueWrite('w1', root))).reason).toBe('protected');
  });

  it('follows symlinks before judging: a link escaping into the data folder is refused', async () => {
    const linkToKey = join(root, 'home', 'innocent.txt');
    const linkToData = join(root, 'home', 'innocent-folder');
    await symlink(join(dataDir, 'secret.key'), linkToKey);
    await symlink(dataDir, linkToData);
    expect((await refusal(registry.issueRead('w1', linkToKey))).reason).toBe('protected');
    expect((await refusal(registry.issueRead('w1', linkToData))).reason).toBe('protected');
    expect((await refusal(registry.issueWrite('w1', linkToData))).reason).toBe('protected');
  });

  it('refuses a granted path that was swapped for a symlink into the data folder later', async () => {
    const folder = join(root, 'home', 'later');
    await mkdir(folder);
    const grant = await registry.issueWrite('w1', folder);
    await rm(folder, { recursive: true });
    await symlink(dataDir, folder);
    expect((await refusal(registry.resolve('w1', grant, ['writeFolder']))).reason).toBe(
      'protected',
    );
  });

  it('reads the host-made spool inside the data folder, but never writes there', async () => {
    const dropped = join(spoolDir, 'drop1234', 'dropped.txt');
    const grant = await registry.issueRead('web', dropped);
    expect(await registry.resolve('web', grant, ['readFile'])).toBe(dropped);
    expect((await refusal(registry.issueWrite('web', join(spoolDir, 'drop1234')))).reason).toBe(
      'protected',
    );
    // Without the spool exception (the Electron host) the spool is just more data folder.
    const strict = new GrantRegistry({ protectedDir: dataDir });
    expect((await refusal(strict.issueRead('w1', dropped))).reason).toBe('protected');
  });

  it('caps the grants a window may hold', async () => {
    const small = new GrantRegistry({ protectedDir: dataDir, maxPerScope: 1 });
    await small.issueRead('w1', join(root, 'home', 'photos'));
    expect(
      (await refusal(small.issueRead('w1', join(root, 'home', 'photos', 'a.jpg')))).reason,
    ).toBe('tooMany');
  });
});
