// electron-builder hook: package the Electron that `npm ci` installed (node_modules/electron/dist)
// when it is the build for the platform and architecture being packaged, so `npm run dist` needs
// no download on a machine that can run Electron. Anything else (another architecture, a
// missing binary) answers null, and electron-builder fetches that build into its cache.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function electronDist({ packager, platformName, arch }) {
  const electron = join(packager.projectDir, 'node_modules', 'electron');
  const pathFile = join(electron, 'path.txt');
  if (platformName !== process.platform || String(arch) !== process.arch) return null;
  if (!existsSync(pathFile)) return null;
  const executable = join(electron, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(executable) ? join(electron, 'dist') : null;
}
