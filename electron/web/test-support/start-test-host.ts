import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createKeyFileCipher } from '../../core/secrets/key-file-cipher.js';
import { createWebCore } from '../web-core.js';
import { startWebHost } from '../web-host.js';
import type { WebHost } from '../web-host.js';

export interface TestHost extends WebHost {
  dataDir: string;
  /** The session cookie ("name=value") the launch link was traded for, as a browser holds it. */
  cookie: string;
  /** Calls a channel the way the renderer does, with the session cookie. */
  invoke(channel: string, input: unknown, headers?: Record<string, string>): Promise<Response>;
}

/** Opens the printed link once, as the browser does, and keeps the cookie it sets. */
export async function launch(url: string): Promise<string> {
  const res = await fetch(url, { redirect: 'manual' });
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  if (res.status !== 303 || cookie === undefined)
    throw new Error(`the launch link answered ${res.status} without a session cookie`);
  return cookie;
}

/**
 * A real browser host with a real core on a temporary data folder, its launch link already
 * traded for the session cookie unless `launched` is false (then `cookie` is empty).
 */
export async function startTestHost({
  launched = true,
  home,
  dataDir: givenDataDir,
}: { launched?: boolean; home?: string; dataDir?: string } = {}): Promise<TestHost> {
  const dataDir = givenDataDir ?? (await mkdtemp(join(tmpdir(), 'holdall-host-')));
  await mkdir(dataDir, { recursive: true });
  const rendererDir = await mkdtemp(join(tmpdir(), 'holdall-renderer-'));
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Holdall</title>');
  const core = createWebCore(dataDir, await createKeyFileCipher(dataDir), 'test', home);
  const host = await startWebHost({
    rendererDir,
    spool: { spool: core.spool, grants: core.grants },
    createDispatch: core.createDispatch,
    openObjectStream: core.openObjectStream,
  });
  const cookie = launched ? await launch(host.url) : '';
  return {
    ...host,
    dataDir,
    cookie,
    close: async () => {
      core.close();
      await host.close();
    },
    invoke: (channel, input, headers = {}) =>
      fetch(`http://127.0.0.1:${host.port}/api/invoke/${channel}`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Cookie: cookie,
          ...headers,
        },
        body: JSON.stringify(input),
      }),
  };
}
