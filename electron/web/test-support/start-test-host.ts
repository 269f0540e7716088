import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createKeyFileCipher } from '../../core/secrets/key-file-cipher.js';
import { createWebCore } from '../web-core.js';
import { startWebHost } from '../web-host.js';
import type { WebHost } from '../web-host.js';

export interface TestHost extends WebHost {
  dataDir: string;
  /** Calls a channel the way the renderer does, with the token as a bearer header. */
  invoke(channel: string, input: unknown, headers?: Record<string, string>): Promise<Response>;
}

/** A real browser host with a real core on a temporary data folder. */
export async function startTestHost(): Promise<TestHost> {
  const dataDir = await mkdtemp(join(tmpdir(), 'holdall-host-'));
  const rendererDir = await mkdtemp(join(tmpdir(), 'holdall-renderer-'));
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Holdall</title>');
  const core = createWebCore(dataDir, await createKeyFileCipher(dataDir), 'test');
  const host = await startWebHost({
    rendererDir,
    spool: core.spool,
    createDispatch: core.createDispatch,
    openObjectStream: core.openObjectStream,
  });
  return {
    ...host,
    dataDir,
    close: async () => {
      core.close();
      await host.close();
    },
    invoke: (channel, input, headers = {}) =>
      fetch(`http://127.0.0.1:${host.port}/api/invoke/${channel}`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Authorization: `Bearer ${host.token}`,
          ...headers,
        },
        body: JSON.stringify(input),
      }),
  };
}
