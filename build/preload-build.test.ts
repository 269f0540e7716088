import { runInNewContext } from 'node:vm';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { channels } from '../shared/contract/channels.js';
import { events } from '../shared/contract/events.js';
import { INVOKE_CHANNEL } from '../shared/contract/channel-names.js';
import { preloadBuildOptions } from './preload-build.js';

interface Exposed {
  invoke(channel: string, input: unknown): Promise<unknown>;
  on(event: string, listener: (payload: unknown) => void): () => void;
}

/** The preload as it ships, bundled in memory and run against a recording `electron`. */
async function shippedPreload() {
  const result = await build({
    ...preloadBuildOptions({ bundle: true, platform: 'node', logLevel: 'silent' }),
    write: false,
  });
  const code = result.outputFiles[0]?.text ?? '';
  const invoked: unknown[][] = [];
  const listened: string[] = [];
  let exposed: Exposed | undefined;
  const electron = {
    contextBridge: {
      exposeInMainWorld: (_key: string, api: Exposed) => {
        exposed = api;
      },
    },
    ipcRenderer: {
      invoke: (...args: unknown[]) => {
        invoked.push(args);
        return Promise.resolve({ ok: true, value: null });
      },
      on: (channel: string) => listened.push(channel),
      removeListener: () => undefined,
    },
    webUtils: { getPathForFile: () => '' },
  };
  const module = { exports: {} };
  runInNewContext(code, {
    module,
    exports: module.exports,
    require: (id: string) => {
      if (id !== 'electron') throw new Error(`The preload required "${id}"`);
      return electron;
    },
  });
  if (exposed === undefined) throw new Error('The preload exposed nothing');
  return { code, api: exposed, invoked, listened };
}

describe('the shipped preload', () => {
  it("allows every channel and event of the contract's maps, with no list kept by hand", async () => {
    const { api, invoked, listened } = await shippedPreload();
    const names = Object.keys(channels);
    for (const name of names) await api.invoke(name, {});
    expect(invoked).toEqual(names.map((name) => [INVOKE_CHANNEL, name, {}]));
    for (const name of Object.keys(events)) api.on(name, () => undefined);
    expect(listened).toHaveLength(Object.keys(events).length);
  });

  it('refuses a channel or event the maps do not have, without asking the main process', async () => {
    const { api, invoked, listened } = await shippedPreload();
    expect(await api.invoke('profiles.steal', {})).toMatchObject({
      ok: false,
      error: { code: 'UnknownChannel' },
    });
    expect(await api.invoke('__proto__', {})).toMatchObject({ ok: false });
    api.on('profiles.secrets', () => undefined);
    expect(invoked).toEqual([]);
    expect(listened).toEqual([]);
  });

  it('bundles no schema library: only the names reach it', async () => {
    const { code } = await shippedPreload();
    expect(code).not.toMatch(/\bzod\b|ZodError|safeParse/);
  });
});
