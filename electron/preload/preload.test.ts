import { mkdtempSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  CANCEL_CHANNEL,
  DRAG_OUT_CHANNEL,
  EVENT_CHANNEL,
  GRANT_CHANNEL,
  INVOKE_CHANNEL,
} from '../../shared/contract/channel-names.js';
import { channelNames } from '../../shared/contract/fuzz/invalid-inputs.js';
import { events } from '../../shared/contract/events.js';
import type { GrantUse } from '../../shared/domain/local-grant.js';
import { GrantRegistry } from '../core/grants/grant-registry.js';
import { registerLocalGrants } from '../main/local-grants.js';
import { windowScope } from '../main/window-scope.js';
import {
  answerDialogWith,
  exposedInMainWorld,
  fakeElectron,
  fileFromDisk,
  openWindow,
  showPageIn,
} from '../test-support/fake-electron.js';

vi.mock('electron', () => import('../test-support/fake-electron.js').then((m) => m.fakeElectron));

/**
 * The preload as the page sees it, `window.holdall`, with a stand-in Electron wired to the
 * real grant handler of the main process: what the page can reach, and what its calls become.
 */
interface ExposedBridge {
  host: string;
  invoke(channel: unknown, input: unknown, callId?: unknown): Promise<unknown>;
  cancel(callId: unknown): void;
  grantFiles(files: unknown): Promise<{ ok: boolean; value?: string[]; error?: unknown }>;
  pickFolder(...pageArgs: unknown[]): Promise<unknown>;
  mediaUrl(ref: unknown): string;
  on(event: unknown, listener: (payload: unknown) => void): () => void;
}

const root = mkdtempSync(join(tmpdir(), 'holdall-preload-'));
const home = join(root, 'home');
const dataDir = join(root, 'data');
const registry = new GrantRegistry({ protectedDir: dataDir });
const page = openWindow();
const scope = windowScope(page);
const UPLOAD: GrantUse[] = ['readFile', 'readTree'];
const { ipcRenderer } = fakeElectron;
const contractCalls: unknown[][] = [];
let bridge: ExposedBridge;

beforeAll(async () => {
  await mkdir(join(home, 'photos', '2024'), { recursive: true });
  await mkdir(dataDir);
  await writeFile(join(home, 'photos', '2024', 'a.jpg'), 'a');
  await writeFile(join(home, 'loose.txt'), 'loose');
  registerLocalGrants(registry, new Set([page]));
  fakeElectron.ipcMain.handle(INVOKE_CHANNEL, (_event, ...args) => {
    contractCalls.push(args);
    return { ok: true, value: null };
  });
  showPageIn(page);
  await import('./preload.js');
  bridge = exposedInMainWorld('holdall') as ExposedBridge;
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
  // Whatever the tests did, the preload only ever used its two channels, and the contract
  // channel only for listed names.
  for (const [channel, name] of ipcRenderer.invoke.mock.calls) {
    expect([INVOKE_CHANNEL, GRANT_CHANNEL, DRAG_OUT_CHANNEL]).toContain(channel);
    if (channel === INVOKE_CHANNEL) expect(channelNames).toContain(name);
  }
});
beforeEach(() => {
  ipcRenderer.invoke.mockClear();
  ipcRenderer.on.mockClear();
  ipcRenderer.removeListener.mockClear();
  ipcRenderer.send.mockClear();
  contractCalls.length = 0;
});

describe('the object the preload exposes', () => {
  it('holds only its calls and the host name: no ipcRenderer, no Node handles', () => {
    expect(Object.keys(bridge).sort()).toEqual(
      [
        'cancel',
        'dragOut',
        'grantFiles',
        'host',
        'invoke',
        'mediaUrl',
        'on',
        'openInBrowser',
        'pickFolder',
        'pickSaveFile',
        'pickUploadFiles',
        'pickUploadFolder',
      ].sort(),
    );
    expect(bridge.host).toBe('electron');
    const forbidden = new Set<unknown>([
      ipcRenderer,
      ipcRenderer.invoke,
      fakeElectron.webUtils,
      fakeElectron.contextBridge,
      process,
      globalThis,
      Buffer,
      require,
    ]);
    for (const [name, value] of Object.entries(bridge)) {
      expect(forbidden.has(value), name).toBe(false);
      if (typeof value === 'function')
        expect(Object.keys(value as object), `${name} carries no properties`).toEqual([]);
    }
  });
});

describe('a call the page may cancel', () => {
  it('carries its id to the main process, and cancel sends that id on the cancel channel only', async () => {
    await bridge.invoke('objects.list', { probe: 1 }, 'call-7');
    expect(contractCalls).toEqual([['objects.list', { probe: 1 }, 'call-7']]);
    bridge.cancel('call-7');
    expect(ipcRenderer.send.mock.calls).toEqual([[CANCEL_CHANNEL, 'call-7']]);
  });

  it('sends nothing for a cancel that names no call', () => {
    for (const notAnId of [undefined, null, 7, { id: 'x' }, ['x']]) bridge.cancel(notAnId);
    expect(ipcRenderer.send).not.toHaveBeenCalled();
  });
});

describe('invoke', () => {
  it('passes every listed channel to the contract channel with its input', async () => {
    for (const channel of channelNames) await bridge.invoke(channel, { probe: channel });
    expect(contractCalls).toEqual(channelNames.map((c) => [c, { probe: c }]));
  });

  it('answers UnknownChannel for any other name without calling the main process', async () => {
    const unlisted = [GRANT_CHANNEL, INVOKE_CHANNEL, '__proto__', 'constructor', 'toString', ''];
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.constantFrom(...unlisted),
          fc.string().filter((s) => !(channelNames as readonly string[]).includes(s)),
          fc.anything().filter((v) => typeof v !== 'string'),
        ),
        async (channel) => {
          expect(await bridge.invoke(channel, {})).toMatchObject({
            ok: false,
            error: { code: 'UnknownChannel' },
          });
        },
      ),
      { numRuns: 200 },
    );
    expect(ipcRenderer.invoke).not.toHaveBeenCalled();
  });

  it.each([
    [{ toString: false }],
    [Object.create(null) as object],
    [Symbol('channel')],
    [{ toString: () => 'buckets.list' }],
  ])('answers UnknownChannel for a name that cannot become a string: %o', async (channel) => {
    expect(await bridge.invoke(channel, {})).toMatchObject({
      ok: false,
      error: { code: 'UnknownChannel', message: 'Channel must be a string' },
    });
    expect(ipcRenderer.invoke).not.toHaveBeenCalled();
  });
});

describe('on', () => {
  it('listens for listed events only, and stops when told', () => {
    expect(bridge.on('holdall:grant', () => undefined)()).toBeUndefined();
    expect(bridge.on('__proto__', () => undefined)()).toBeUndefined();
    expect(ipcRenderer.on).not.toHaveBeenCalled();
    const [event = ''] = Object.keys(events);
    const stop = bridge.on(event, () => undefined);
    expect(ipcRenderer.on).toHaveBeenCalledWith(EVENT_CHANNEL, expect.any(Function));
    stop();
    expect(ipcRenderer.removeListener).toHaveBeenCalledWith(
      EVENT_CHANNEL,
      ipcRenderer.on.mock.calls[0]?.[1],
    );
  });
});

describe('grantFiles', () => {
  it('sends the paths webUtils reads and answers grants for them', async () => {
    const file = join(home, 'loose.txt');
    const answer = await bridge.grantFiles([fileFromDisk(file)]);
    expect(ipcRenderer.invoke).toHaveBeenCalledWith(GRANT_CHANNEL, 'files', [
      { path: file, relativePath: 'loose.txt' },
    ]);
    expect(answer.ok).toBe(true);
    expect(await registry.resolve(scope, answer.value?.[0] ?? '', ['readFile'])).toBe(file);
  });

  it('grants a folder picked in a file input once, where the File says it sits', async () => {
    const picked = fileFromDisk(join(home, 'photos', '2024', 'a.jpg'), 'photos/2024/a.jpg');
    const answer = await bridge.grantFiles([picked]);
    expect(answer.value).toHaveLength(1);
    expect(await registry.resolve(scope, answer.value?.[0] ?? '', ['readTree'])).toBe(
      join(home, 'photos'),
    );
  });

  it('grants nothing for a File built in the page: it has no path', async () => {
    const made = new File(['not from disk'], 'made-up.txt');
    expect(await bridge.grantFiles([made])).toEqual({ ok: true, value: [] });
    expect(ipcRenderer.invoke).toHaveBeenCalledWith(GRANT_CHANNEL, 'files', [
      { path: '', relativePath: 'made-up.txt' },
    ]);
  });

  it('never grants a folder above a dropped file, whatever place the page claims for it', async () => {
    // A dropped file carries no folder: the page says it sits three folders deep.
    const dropped = fileFromDisk(join(home, 'photos', '2024', 'a.jpg'));
    const answer = await bridge.grantFiles([
      { file: dropped, relativePath: 'home/photos/2024/a.jpg' },
    ]);
    if (answer.ok)
      for (const id of answer.value ?? [])
        expect(await registry.resolve(scope, id, UPLOAD)).toBe(
          join(home, 'photos', '2024', 'a.jpg'),
        );
    else expect(answer.error).toMatchObject({ code: 'InvalidInput' });
  });

  it.each([
    ['null', null],
    ['a number', 1],
    ['a list-like object', { length: 1, 0: fileFromDisk(join(home, 'loose.txt')) }],
    ['a list holding a path', [join(home, 'loose.txt')]],
    ['a list holding a plain object', [{ name: 'loose.txt' }]],
  ])('answers InvalidInput for %s, and sends nothing', async (_label, input) => {
    expect(await bridge.grantFiles(input)).toEqual({
      ok: false,
      error: {
        code: 'InvalidInput',
        message: 'grantFiles takes a list of the Files the user chose',
      },
    });
    expect(ipcRenderer.invoke).not.toHaveBeenCalled();
  });
});

describe('pickFolder', () => {
  it('asks the main process for the dialog and passes nothing of the page', async () => {
    answerDialogWith(join(home, 'photos'));
    const answer = await bridge.pickFolder('/etc', { path: dataDir });
    expect(ipcRenderer.invoke).toHaveBeenCalledWith(GRANT_CHANNEL, 'pickFolder');
    expect(answer).toMatchObject({ ok: true, value: { path: join(home, 'photos') } });
  });

  it('passes only the purpose the page names, and a sync gets a read grant too', async () => {
    answerDialogWith(join(home, 'photos'));
    const answer = (await bridge.pickFolder({ purpose: 'sync', path: dataDir })) as {
      value: { readGrant: string };
    };
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(GRANT_CHANNEL, 'pickFolder', 'sync');
    expect(await registry.resolve(scope, answer.value.readGrant, UPLOAD)).toBe(
      join(home, 'photos'),
    );
  });
});
