import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

type ElectronDistHook = (options: {
  packager: { projectDir: string };
  platformName: string;
  arch: string;
}) => string | null;

// The hook is plain JavaScript, as electron-builder loads it without a TypeScript loader.
const hookFile: string = './electron-dist.mjs';
const { electronDist } = (await import(hookFile)) as { electronDist: ElectronDistHook };

let project = '';
beforeEach(async () => {
  project = await mkdtemp(join(tmpdir(), 'holdall-electron-dist-'));
});
afterEach(async () => {
  await rm(project, { recursive: true, force: true });
});

async function installElectron(): Promise<string> {
  const electron = join(project, 'node_modules', 'electron');
  await mkdir(join(electron, 'dist'), { recursive: true });
  await writeFile(join(electron, 'path.txt'), 'electron');
  await writeFile(join(electron, 'dist', 'electron'), '');
  return join(electron, 'dist');
}

const here = { platformName: process.platform, arch: process.arch };

describe('the electronDist hook of npm run dist', () => {
  it('packages the Electron npm ci installed when it is the build being packaged', async () => {
    const dist = await installElectron();
    expect(electronDist({ packager: { projectDir: project }, ...here })).toBe(dist);
  });

  it('leaves other platforms and processors, and a missing binary, to electron-builder', async () => {
    expect(electronDist({ packager: { projectDir: project }, ...here })).toBeNull();
    await installElectron();
    const other = process.arch === 'arm64' ? 'x64' : 'arm64';
    expect(electronDist({ packager: { projectDir: project }, ...here, arch: other })).toBeNull();
    const otherOs = process.platform === 'darwin' ? 'win32' : 'darwin';
    expect(
      electronDist({ packager: { projectDir: project }, ...here, platformName: otherOs }),
    ).toBeNull();
    await rm(join(project, 'node_modules', 'electron', 'dist', 'electron'));
    expect(electronDist({ packager: { projectDir: project }, ...here })).toBeNull();
  });
});
