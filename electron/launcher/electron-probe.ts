import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type ElectronProbe = { ok: true; binary: string } | { ok: false; reason: string };

function installedBinary(electronDir: string): string | undefined {
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : undefined;
}

function firstLine(text: string): string {
  return (
    text
      .split('\n')
      .find((line) => line.trim() !== '')
      ?.trim() ?? 'no output'
  );
}

/**
 * Electron's npm package fetches its binary on first use; where that cannot
 * happen (no network) we must know before promising a window.
 */
export function probeElectron(root: string, env: NodeJS.ProcessEnv = process.env): ElectronProbe {
  if (process.platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY) {
    return { ok: false, reason: 'there is no display to open a window on (DISPLAY is not set)' };
  }
  const electronDir = join(root, 'node_modules', 'electron');
  if (!existsSync(electronDir))
    return { ok: false, reason: 'the electron package is not installed (run npm ci)' };
  let binary = installedBinary(electronDir);
  if (binary === undefined) {
    const download = spawnSync(process.execPath, [join(electronDir, 'install.js')], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    binary = installedBinary(electronDir);
    if (binary === undefined) {
      return {
        ok: false,
        reason: `its binary is missing and could not be downloaded (${firstLine(download.stderr || download.stdout || String(download.error))})`,
      };
    }
  }
  const check = spawnSync(binary, ['--version'], { encoding: 'utf8', timeout: 30_000 });
  if (check.status !== 0) {
    return {
      ok: false,
      reason: `its binary does not run (${firstLine(check.stderr || String(check.error))})`,
    };
  }
  return { ok: true, binary };
}
