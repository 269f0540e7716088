// The browser host as `npm start -- --host=web` runs it, in a process of its own so its CPU and
// peak RSS are the host's alone. One bench-only addition: a read grant for a local folder, which
// the page can never get, so the same queue can upload it from disk for the engine's own figure.
// Usage: host-process.mjs <data dir> <renderer dir> <local folder>
import { mkdir } from 'node:fs/promises';
import { createKeyFileCipher } from '../../../electron/core/secrets/key-file-cipher.js';
import { HOST_SCOPE } from '../../../electron/core/grants/grant-registry.js';
import { createWebCore } from '../../../electron/web/web-core.js';
import { startWebHost } from '../../../electron/web/web-host.js';

const [dataDir, rendererDir, folder] = process.argv.slice(2);
if (dataDir === undefined || rendererDir === undefined || folder === undefined)
  throw new Error('usage: host-process <data dir> <renderer dir> <local folder>');
await mkdir(dataDir, { recursive: true, mode: 0o700 });
const core = createWebCore(dataDir, await createKeyFileCipher(dataDir), 'bench');
const host = await startWebHost({
  rendererDir,
  spool: { spool: core.spool, grants: core.grants },
  createDispatch: core.createDispatch,
  openObjectStream: core.openObjectStream,
});
const folderGrant = await core.grants.issueRead(HOST_SCOPE, folder);
process.stdout.write(`${JSON.stringify({ url: host.url, port: host.port, folderGrant })}\n`);
const stop = (): void => {
  core.close();
  void host.close().then(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
