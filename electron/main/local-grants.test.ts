import { mkdtempSync } from 'node:fs';
import { mkdir, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import type { WebContents } from 'electron';
import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { GRANT_CHANNEL } from '../../shared/contract/channel-names.js';
import { isAppErrorShape } from '../../shared/contract/envelope.js';
import { folderGrantUses } from '../../shared/domain/local-grant.js';
import type { GrantUse } from '../../shared/domain/local-grant.js';
import { GrantRegistry } from '../core/grants/grant-registry.js';
import {
  answerDialogWith,
  dialogCalls,
  fakeElectron,
  openWindow,
  resetDialog,
  sendFrom,
} from '../test-support/fake-electron.js';
import { registerLocalGrants } from './local-grants.js';
import { windowScope } from './window-scope.js';

vi.mock('electron', () => import('../test-support/fake-electron.js').then((m) => m.fakeElectron));

/**
 * The handler the Electron main process runs on GRANT_CHANNEL, driven through a stand-in
 * `ipcMain` with real files and folders in a temporary folder: what the window gets back, and
 * what the one GrantRegistry then lets the contract do with it.
 */
// Made when the file loads: the tables below name paths inside it.
const root = mkdtempSync(join(tmpdir(), 'holdall-local-grants-'));
const dataDir = join(root, 'data');
const home = join(root, 'home');
let registry: GrantRegistry;
const trusted = new Set<WebContents>();
const UPLOAD: GrantUse[] = ['readFile', 'readTree'];
const DOWNLOAD: GrantUse[] = ['writeFolder'];

beforeAll(async () => {
  await mkdir(dataDir);
  await writeFile(join(dataDir, 'secret.key'), 'secret key');
  await writeFile(join(dataDir, 'profiles.json'), '[]');
  await mkdir(join(home, 'photos', '2024'), { recursive: true });
  await writeFile(join(home, 'photos', '2024', 'a.jpg'), 'a');
  await writeFile(join(home, 'photos', 'b.jpg'), 'b');
  await writeFile(join(home, 'loose.txt'), 'loose');
  await symlink(join(dataDir, 'secret.key'), join(home, 'innocent.txt'));
  await symlink(dataDir, join(home, 'shortcut'));
  registry = new GrantRegistry({ protectedDir: dataDir });
  registerLocalGrants(registry, trusted);
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});
beforeEach(() => {
  resetDialog();
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** A window of ours, trusted as main.ts trusts each window it creates. */
function ourWindow(): WebContents {
  const contents = openWindow();
  trusted.add(contents);
  return contents;
}

function grantFiles(sender: WebContents, chosen: unknown) {
  return sendFrom(sender, GRANT_CHANNEL, 'files', chosen) as Promise<Record<string, unknown>>;
}

async function grantIds(sender: WebContents, chosen: unknown): Promise<string[]> {
  const answer = await grantFiles(sender, chosen);
  expect(answer).toMatchObject({ ok: true });
  return answer.value as string[];
}

async function refusalOf(work: Promise<unknown>) {
  const err = await work.then(
    () => undefined,
    (e: unknown) => e as { code?: string; details?: { reason?: string } },
  );
  return err === undefined ? 'granted' : { code: err.code, reason: err.details?.reason };
}

const chosen = (path: string, relativePath: string) => ({ path, relativePath });

describe('registerLocalGrants: who may ask', () => {
  it.each([
    ['another webContents', () => openWindow()],
    ['our window after navigating away', () => trustedAt('https://evil.example/')],
    ['a subframe of our window', () => trustedAt(`holdall://app/index.html`, true)],
  ])('%s gets AccessDenied, no grant and no dialog', async (_label, makeSender) => {
    const issueRead = vi.spyOn(registry, 'issueRead');
    const issueWrite = vi.spyOn(registry, 'issueWrite');
    const sender = makeSender();
    expect(await grantFiles(sender, [chosen(join(home, 'loose.txt'), 'loose.txt')])).toEqual({
      ok: false,
      error: { code: 'AccessDenied', message: 'Untrusted sender' },
    });
    answerDialogWith(home);
    expect(await sendFrom(sender, GRANT_CHANNEL, 'pickFolder')).toMatchObject({
      error: { code: 'AccessDenied' },
    });
    expect(issueRead).not.toHaveBeenCalled();
    expect(issueWrite).not.toHaveBeenCalled();
    expect(fakeElectron.dialog.showOpenDialog).not.toHaveBeenCalled();
  });
});

function trustedAt(url: string, isSubframe = false): WebContents {
  const contents = openWindow(url, isSubframe);
  trusted.add(contents);
  return contents;
}

describe('registerLocalGrants: files the user dropped or picked', () => {
  it('answers grant ids the registry resolves for upload, never as a download destination', async () => {
    const win = ourWindow();
    const file = join(home, 'loose.txt');
    const folder = join(home, 'photos');
    const ids = await grantIds(win, [chosen(file, 'loose.txt'), chosen(folder, 'photos')]);
    expect(ids).toHaveLength(2);
    const [fileId = '', folderId = ''] = ids;
    expect(await registry.resolve(windowScope(win), fileId, UPLOAD)).toBe(file);
    expect(await registry.resolve(windowScope(win), folderId, UPLOAD)).toBe(folder);
    for (const id of ids)
      expect(await refusalOf(registry.resolve(windowScope(win), id, DOWNLOAD))).toEqual({
        code: 'GrantRefused',
        reason: 'wrongUse',
      });
  });

  it("gives a picked folder's files one grant, for the folder", async () => {
    const win = ourWindow();
    const ids = await grantIds(win, [
      chosen(join(home, 'photos', '2024', 'a.jpg'), 'photos/2024/a.jpg'),
      chosen(join(home, 'photos', 'b.jpg'), 'photos/b.jpg'),
    ]);
    expect(ids).toHaveLength(1);
    expect(await registry.resolve(windowScope(win), ids[0] ?? '', ['readTree'])).toBe(
      join(home, 'photos'),
    );
  });

  it('refuses a path that does not end with its relative path, naming both', async () => {
    const path = join(home, 'photos', 'b.jpg');
    expect(await grantFiles(ourWindow(), [chosen(path, 'other/b.jpg')])).toEqual({
      ok: false,
      error: { code: 'InvalidInput', message: `${path} does not end with other/b.jpg` },
    });
  });

  it('grants nothing for a File built in the page (no path on disk)', async () => {
    expect(await grantIds(ourWindow(), [chosen('', 'made-up.txt')])).toEqual([]);
  });
});

describe("registerLocalGrants: a compromised renderer naming the app's own files", () => {
  it.each([
    ['the data folder', chosen(dataDir, 'data')],
    ['the key file', chosen(join(dataDir, 'secret.key'), 'secret.key')],
    ['profiles.json', chosen(join(dataDir, 'profiles.json'), 'profiles.json')],
    ['the data folder as a picked folder', chosen(join(dataDir, 'secret.key'), 'data/secret.key')],
    ['a symlink to the key file', chosen(join(home, 'innocent.txt'), 'innocent.txt')],
    ['a symlink to the data folder', chosen(join(home, 'shortcut'), 'shortcut')],
    [
      'a file through a symlinked folder',
      chosen(join(home, 'shortcut', 'profiles.json'), 'shortcut/profiles.json'),
    ],
    ['a folder holding the data folder', chosen(root, basename(root))],
  ])('%s: GrantRefused (protected), no grant', async (_label, item) => {
    const answer = await grantFiles(ourWindow(), [
      chosen(join(home, 'loose.txt'), 'loose.txt'),
      item,
    ]);
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'GrantRefused', details: { reason: 'protected' } },
    });
    // The whole answer is the refusal: the page holds no id, not even the harmless file's.
    expect(answer).not.toHaveProperty('value');
  });
});

describe('registerLocalGrants: the native folder dialog', () => {
  it('answers null when canceled, and grants nothing', async () => {
    const win = ourWindow();
    answerDialogWith(null);
    expect(await sendFrom(win, GRANT_CHANNEL, 'pickFolder')).toEqual({ ok: true, value: null });
  });

  it('answers a write grant for the folder picked, parented to the asking window', async () => {
    const win = ourWindow();
    const folder = join(home, 'photos');
    answerDialogWith(folder);
    const answer = (await sendFrom(win, GRANT_CHANNEL, 'pickFolder')) as {
      value: { grant: string; path: string };
    };
    expect(answer).toMatchObject({ ok: true, value: { path: folder } });
    expect(dialogCalls).toEqual([
      { parent: { contents: win }, options: { properties: ['openDirectory', 'createDirectory'] } },
    ]);
    const scope = windowScope(win);
    expect(await registry.resolve(scope, answer.value.grant, DOWNLOAD)).toBe(folder);
    expect(await refusalOf(registry.resolve(scope, answer.value.grant, UPLOAD))).toEqual({
      code: 'GrantRefused',
      reason: 'wrongUse',
    });
  });

  it.each([
    ['the data folder', dataDir],
    ['a symlink to the data folder', join(home, 'shortcut')],
    ['a folder holding the data folder', root],
  ])('refuses %s picked as a destination', async (_label, folder) => {
    answerDialogWith(folder);
    expect(await sendFrom(ourWindow(), GRANT_CHANNEL, 'pickFolder')).toMatchObject({
      ok: false,
      error: { code: 'GrantRefused', details: { reason: 'protected' } },
    });
  });
});

describe('registerLocalGrants: what the picked folder is for', () => {
  it.each([
    ['write', ['writeFolder']],
    ['read', ['readTree']],
    ['sync', ['writeFolder', 'readTree']],
  ] as const)('issues for %s exactly the uses %j', (purpose, uses) => {
    expect(folderGrantUses(purpose)).toEqual(uses);
  });

  it('gives a sync both a write grant and a read grant for the one folder picked', async () => {
    const win = ourWindow();
    const folder = join(home, 'photos');
    answerDialogWith(folder);
    const answer = (await sendFrom(win, GRANT_CHANNEL, 'pickFolder', 'sync')) as {
      value: { grant: string; readGrant: string; path: string };
    };
    expect(answer).toMatchObject({ ok: true, value: { path: folder } });
    const scope = windowScope(win);
    // A sync up reads the folder, a sync down writes it: the main grant stays a download's.
    expect(await registry.resolve(scope, answer.value.grant, DOWNLOAD)).toBe(folder);
    expect(await registry.resolve(scope, answer.value.readGrant, ['readTree'])).toBe(folder);
    expect(await refusalOf(registry.resolve(scope, answer.value.grant, ['readTree']))).toEqual({
      code: 'GrantRefused',
      reason: 'wrongUse',
    });
  });

  it('gives a folder picked for reading a read grant only', async () => {
    const win = ourWindow();
    answerDialogWith(join(home, 'photos'));
    const answer = (await sendFrom(win, GRANT_CHANNEL, 'pickFolder', 'read')) as {
      value: { grant: string };
    };
    expect(answer.value).not.toHaveProperty('readGrant');
    expect(
      await refusalOf(registry.resolve(windowScope(win), answer.value.grant, DOWNLOAD)),
    ).toEqual({ code: 'GrantRefused', reason: 'wrongUse' });
  });

  it.each(['delete', 'readTree', '', 1, { purpose: 'sync' }, null])(
    'refuses the purpose %j before any dialog opens',
    async (purpose) => {
      expect(await sendFrom(ourWindow(), GRANT_CHANNEL, 'pickFolder', purpose)).toMatchObject({
        ok: false,
        error: { code: 'InvalidInput' },
      });
      expect(dialogCalls).toEqual([]);
    },
  );

  it('refuses the data folder for a sync without granting either use', async () => {
    answerDialogWith(dataDir);
    const answer = await sendFrom(ourWindow(), GRANT_CHANNEL, 'pickFolder', 'sync');
    expect(answer).toMatchObject({ ok: false, error: { details: { reason: 'protected' } } });
    expect(answer).not.toHaveProperty('value');
  });
});

describe('registerLocalGrants: window scope', () => {
  it("keeps one window's grants unknown to another", async () => {
    const first = ourWindow();
    const second = ourWindow();
    const file = join(home, 'loose.txt');
    const [fromFirst = ''] = await grantIds(first, [chosen(file, 'loose.txt')]);
    answerDialogWith(home);
    const picked = (await sendFrom(first, GRANT_CHANNEL, 'pickFolder')) as {
      value: { grant: string };
    };
    for (const [id, use] of [
      [fromFirst, UPLOAD],
      [picked.value.grant, DOWNLOAD],
    ] as const)
      expect(await refusalOf(registry.resolve(windowScope(second), id, use))).toEqual({
        code: 'GrantRefused',
        reason: 'unknown',
      });
    const [fromSecond] = await grantIds(second, [chosen(file, 'loose.txt')]);
    expect(fromSecond).not.toBe(fromFirst);
  });
});

describe('registerLocalGrants: malformed requests', () => {
  it.each([undefined, null, 1, 'files ', 'FILES', 'pickfolder', '__proto__', ['files'], {}])(
    'kind %o: UnknownChannel',
    async (kind) => {
      expect(await sendFrom(ourWindow(), GRANT_CHANNEL, kind, [])).toMatchObject({
        ok: false,
        error: { code: 'UnknownChannel' },
      });
    },
  );

  const loose = () => join(home, 'loose.txt');
  it.each([
    ['no list', () => undefined],
    ['null', () => null],
    ['a string', () => 'not a list'],
    ['an object with a length', () => ({ length: 1, 0: chosen(loose(), 'loose.txt') })],
    ['a Map', () => new Map([[loose(), 'loose.txt']])],
    ['more than 100,000 items', () => Array.from({ length: 100_001 }, () => chosen('', 'x'))],
    ['an item that is null', () => [null]],
    ['an item that is a path', () => [loose()]],
    ['a numeric path', () => [{ path: 1, relativePath: 'loose.txt' }]],
    ['no relative path', () => [{ path: loose() }]],
    ['a relative path that is a list', () => [{ path: loose(), relativePath: ['loose.txt'] }]],
    ['a path that is not absolute', () => [chosen('home/loose.txt', 'loose.txt')]],
    ['a path with NUL', () => [chosen(`${loose()}\0`, 'loose.txt\0')]],
    ['an empty relative path', () => [chosen(loose(), '')]],
  ])('%s: an error envelope, no grant', async (_label, makeInput) => {
    const answer = await grantFiles(ourWindow(), makeInput());
    expect(answer, JSON.stringify(answer).slice(0, 200)).toMatchObject({ ok: false });
    expect(isAppErrorShape(answer.error)).toBe(true);
    expect((answer.error as { code: string }).code).toMatch(/^(InvalidInput|GrantRefused)$/);
  });
});

describe('registerLocalGrants: anything a compromised renderer sends', () => {
  const FUZZ_RUNS = 300;
  const anyPath = fc.oneof(
    fc.constantFrom(
      '',
      join(home, 'loose.txt'),
      join(home, 'photos'),
      dataDir,
      join(home, 'shortcut'),
    ),
    fc.constantFrom(join(dataDir, 'secret.key'), join(dataDir, 'profiles.json'), home, root),
    fc.string(),
    fc.anything(),
  );
  const anyRelative = fc.oneof(
    fc.constantFrom('loose.txt', 'photos', 'data', 'shortcut', 'secret.key', 'home/loose.txt'),
    fc.string(),
    fc.anything(),
  );
  const anyItem = fc.oneof(
    fc.record({ path: anyPath, relativePath: anyRelative }, { requiredKeys: [] }),
    fc.anything(),
  );

  it(`answers an envelope, never throws, and grants nothing of the data folder (${FUZZ_RUNS} runs)`, async () => {
    const win = ourWindow();
    const scope = windowScope(win);
    const kinds = fc.oneof(
      fc.constant('files'),
      fc.anything().filter((k) => k !== 'pickFolder'),
    );
    await fc.assert(
      fc.asyncProperty(
        kinds,
        fc.oneof(fc.array(anyItem, { maxLength: 8 }), fc.anything()),
        async (kind, input) => {
          const answer = (await sendFrom(win, GRANT_CHANNEL, kind, input)) as Record<
            string,
            unknown
          >;
          if (answer.ok !== true) {
            expect(answer.ok).toBe(false);
            expect(isAppErrorShape(answer.error), JSON.stringify(answer.error)).toBe(true);
            return;
          }
          expect(kind).toBe('files');
          for (const id of answer.value as string[]) {
            const path = await registry.resolve(scope, id, UPLOAD);
            expect(relative(dataDir, await realpath(path)).startsWith('..')).toBe(true);
          }
        },
      ),
      { numRuns: FUZZ_RUNS },
    );
  });
});
