// "System settings" as proxy against real parts: a stand-in for the OS's answer (as Electron's
// session.resolveProxy gives it) naming Debian's tinyproxy in front of the run's RGW.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startTinyproxy } from '../../../e2e/fixtures/tinyproxy.js';
import type { Tinyproxy } from '../../../e2e/fixtures/tinyproxy.js';
import { ProfileStore } from '../profiles/profile-store.js';
import { createKeyFileCipher } from '../secrets/key-file-cipher.js';
import { failureOf, testProfileDraft } from '../test-support.js';
import { ClientPool } from './client-pool.js';
import type { SystemProxyResolver } from './system-proxy.js';
import { useNetworkBed } from './test-servers/network-bed.js';

const bed = useNetworkBed('sysproxy', 'through.txt');
const pools: ClientPool[] = [];
afterEach(() => {
  for (const pool of pools.splice(0)) pool.destroyAll();
});

async function proxy(): Promise<Tinyproxy> {
  const started = await startTinyproxy();
  bed.stops.push(() => started.stop());
  return started;
}

/** A saved connection set to the system's proxy, and the pool the app would reach it by. */
async function systemProxied(resolver: SystemProxyResolver | undefined) {
  const dir = await mkdtemp(join(tmpdir(), 'holdall-sysproxy-'));
  const store = new ProfileStore(dir, await createKeyFileCipher(dir));
  const pool = new ClientPool(store, { homeDir: dir, env: {} }, resolver);
  pools.push(pool);
  const { id } = await store.save({
    ...testProfileDraft('system proxy'),
    network: { proxy: { mode: 'system' } },
  });
  return { keys: async () => bed.keysThrough(await pool.get(id)) };
}

const carried = async (tp: Tinyproxy) => (await tp.log()).split(`/${bed.bucket.name}`).length - 1;

describe('a connection set to the system proxy', () => {
  it('goes through the proxy the system names for its endpoint: the proxy log shows it', async () => {
    const tp = await proxy();
    const asked: string[] = [];
    const connection = await systemProxied((url) => {
      asked.push(url);
      return Promise.resolve(`PROXY ${new URL(tp.url).host}; DIRECT`);
    });
    expect(await connection.keys()).toContain('through.txt');
    expect(await carried(tp)).toBeGreaterThan(0);
    expect(asked).toEqual([testProfileDraft().endpoint]);
  });

  it('a DIRECT answer connects directly, past the proxy', async () => {
    const tp = await proxy();
    const saved = { ...process.env };
    try {
      // Were "system" read as the environment, this proxy would carry the request.
      process.env.HTTP_PROXY = tp.url;
      const connection = await systemProxied(() => Promise.resolve('DIRECT'));
      expect(await connection.keys()).toContain('through.txt');
      expect(await carried(tp)).toBe(0);
    } finally {
      process.env = saved;
    }
  });

  it('only a SOCKS proxy in the answer is refused in plain words, nothing sent', async () => {
    const connection = await systemProxied(() => Promise.resolve('SOCKS5 127.0.0.1:1080'));
    expect(await failureOf(connection.keys())).toMatchObject({
      code: 'ProxyRefused',
      message: expect.stringContaining('SOCKS5 127.0.0.1:1080') as string,
    });
  });

  it('where the host cannot ask the system (browser, command line) it is the environment', async () => {
    const tp = await proxy();
    const saved = { ...process.env };
    try {
      process.env.HTTP_PROXY = tp.url;
      for (const name of ['http_proxy', 'NO_PROXY', 'no_proxy']) delete process.env[name];
      const connection = await systemProxied(undefined);
      expect(await connection.keys()).toContain('through.txt');
      expect(await carried(tp)).toBeGreaterThan(0);
    } finally {
      process.env = saved;
    }
  });
});
