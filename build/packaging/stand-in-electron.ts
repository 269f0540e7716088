import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** @electron/fuses finds the fuse wire after this marker in the Electron binary. */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Wire version 1, eight fuses, each "0" (off) or "1" (on) as Electron 45 ships them. */
const SHIPPED_FUSE_WIRE = '\u0001\u000801100000';

/**
 * A stand-in for an unpacked Linux Electron, for electron-builder's `electronDist`: no
 * download, and an `electron` executable that carries a real fuse wire, so the release fuses
 * the configuration asks for can be flipped and read back.
 */
export async function writeStandInElectron(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  const executable = join(dir, 'electron');
  await writeFile(
    executable,
    `#!/bin/sh\n# ${FUSE_SENTINEL}${SHIPPED_FUSE_WIRE}\necho "stand-in Electron: it cannot run" >&2\nexit 1\n`,
    'latin1',
  );
  await chmod(executable, 0o755);
  await writeFile(join(dir, 'LICENSE'), 'Stand-in for the Electron licence\n');
  await writeFile(join(dir, 'version'), 'stand-in\n');
}
