import { mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { createKeyFileCipher } from '../core/secrets/key-file-cipher.js';
import { defaultAppDataDir } from '../core/host/app-data-dir.js';
import { createWebCore } from './web-core.js';
import { startWebHost } from './web-host.js';

declare const HOLDALL_VERSION: string | undefined;

const here = dirname(fileURLToPath(import.meta.url));

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '0' },
      'data-dir': { type: 'string' },
      'renderer-dir': { type: 'string' },
      'new-secret-key': { type: 'boolean', default: false },
    },
  });
  const appDataDir = resolve(values['data-dir'] ?? defaultAppDataDir());
  await mkdir(appDataDir, { recursive: true, mode: 0o700 });
  const cipher = await createKeyFileCipher(appDataDir, {
    replaceLostKey: values['new-secret-key'],
    onReplacedLostKey: (lost) =>
      process.stderr.write(
        `Warning: a new key file replaces the lost one. The secrets of ${lost} saved ` +
          `connection${lost === 1 ? '' : 's'} cannot be read: open each and enter its secret again.\n`,
      ),
  });
  // The bundle lives in dist/web; the built renderer beside it in dist/renderer.
  const rendererDir = resolve(values['renderer-dir'] ?? join(here, '..', 'renderer'));
  const version = typeof HOLDALL_VERSION === 'string' ? HOLDALL_VERSION : 'dev';
  const core = createWebCore(appDataDir, cipher, version);
  const host = await startWebHost({
    rendererDir,
    port: Number(values.port),
    spool: { spool: core.spool, grants: core.grants },
    createDispatch: core.createDispatch,
    openObjectStream: core.openObjectStream,
  });
  process.stdout.write(`Holdall is running in your browser at ${host.url}\n`);
  process.stdout.write(`Data folder: ${appDataDir}\n`);
  const stop = (): void => {
    core.close();
    void host.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  const reason = err instanceof Error ? err.message : String(err);
  process.stderr.write(`Holdall browser host failed to start: ${reason}\n`);
  process.exit(1);
});
