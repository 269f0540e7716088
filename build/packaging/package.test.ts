import { execFile, spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { extractFile, listPackage } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appAsarProblems, referencedAssets } from './inspect-app-asar.js';
import type { AppManifest } from './inspect-app-asar.js';
import { writeStandInElectron } from './stand-in-electron.js';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
const MiB = 1024 * 1024;
/** A fuse's state byte, as @electron/fuses writes it (its enum is not exported). */
const OFF = '0'.charCodeAt(0);
const ON = '1'.charCodeAt(0);

/**
 * electron-builder runs with no network at all where a network namespace can be made (root, or
 * unprivileged user namespaces): anything it tried to download would fail the test. Elsewhere
 * it runs with empty caches and the stand-in Electron, and the test says so.
 */
function networkNamespace(): string[] | undefined {
  for (const args of [['--net'], ['--map-root-user', '--net']]) {
    if (spawnSync('unshare', [...args, 'true']).status === 0) return args;
  }
  return undefined;
}

let work = '';
let appOut = '';

/**
 * The project as electron-builder sees it (package.json, electron-builder.yml, its hooks and icons,
 * node_modules), with `dist` freshly built by `npm run build`: packed with `--dir`, so no
 * installer tool is needed, against a stand-in Electron.
 */
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'holdall-pack-'));
  const stage = join(work, 'project');
  await mkdir(join(stage, 'build'), { recursive: true });
  for (const file of ['package.json', 'electron-builder.yml'])
    await cp(join(root, file), join(stage, file));
  for (const dir of ['build/packaging', 'build/icons'])
    await cp(join(root, dir), join(stage, dir), { recursive: true });
  await symlink(join(root, 'node_modules'), join(stage, 'node_modules'));
  await run('npm', ['run', '--silent', 'build'], {
    cwd: root,
    env: { ...process.env, HOLDALL_DIST_DIR: join(stage, 'dist') },
  });
  // Stray files in the build output must be left behind by the configuration's file list.
  await writeFile(join(stage, 'dist', 'renderer', 'assets', 'stray.test.js'), 'test code');
  await writeFile(join(stage, 'dist', 'renderer', 'assets', 'stray.js.map'), '{}');
  await writeStandInElectron(join(work, 'electron'));
  const caches = join(work, 'empty-cache');
  const builder = [
    join(root, 'node_modules', 'electron-builder', 'cli.js'),
    '--dir',
    '--linux',
    '--projectDir',
    stage,
    `-c.electronDist=${join(work, 'electron')}`,
    `-c.directories.output=${join(work, 'out')}`,
  ];
  const namespace = networkNamespace();
  const command = namespace === undefined ? process.execPath : 'unshare';
  const args = namespace === undefined ? builder : [...namespace, process.execPath, ...builder];
  if (namespace === undefined) {
    console.log(
      'No network namespace here (unshare --net): electron-builder runs with empty caches',
    );
  }
  try {
    await run(command, args, {
      cwd: stage,
      env: {
        ...process.env,
        ELECTRON_CACHE: caches,
        ELECTRON_BUILDER_CACHE: caches,
        electron_config_cache: caches,
        CSC_IDENTITY_AUTO_DISCOVERY: 'false',
      },
      maxBuffer: 16 * MiB,
    });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(
      `electron-builder failed${namespace ? ' with no network' : ''}:\n${stdout}\n${stderr}`,
      { cause: error },
    );
  }
  appOut = join(work, 'out', 'linux-unpacked');
}, 180_000);

afterAll(async () => {
  if (work !== '') await rm(work, { recursive: true, force: true });
});

describe('the packed app (electron-builder --dir, stand-in Electron)', () => {
  it('ships the bundles and the renderer in app.asar, and nothing else', async () => {
    const asar = join(appOut, 'resources', 'app.asar');
    const entries = listPackage(asar, { isPack: false });
    const shipped = JSON.parse(extractFile(asar, 'package.json').toString('utf8')) as AppManifest;
    const project = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as AppManifest;
    const index = extractFile(asar, 'dist/renderer/index.html').toString('utf8');
    expect(appAsarProblems(entries, shipped, project, referencedAssets(index))).toEqual([]);
    expect(shipped.main).toBe('dist/electron/main.cjs');
    // The bundles inline every production dependency: no node_modules ships at all.
    expect(entries.filter((entry) => entry.includes('node_modules'))).toEqual([]);
    const { size } = await stat(asar);
    console.log(`app.asar: ${(size / MiB).toFixed(2)} MiB, ${entries.length} entries`);
  });

  it('sets the release fuses in the executable', async () => {
    const wire = await getCurrentFuseWire(join(appOut, 'holdall'));
    expect({
      runAsNode: wire[FuseV1Options.RunAsNode],
      cookieEncryption: wire[FuseV1Options.EnableCookieEncryption],
      nodeOptions: wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable],
      inspect: wire[FuseV1Options.EnableNodeCliInspectArguments],
      asarIntegrity: wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation],
      onlyAppAsar: wire[FuseV1Options.OnlyLoadAppFromAsar],
      fileProtocolPrivileges: wire[FuseV1Options.GrantFileProtocolExtraPrivileges],
    }).toEqual({
      runAsNode: OFF,
      cookieEncryption: ON,
      nodeOptions: OFF,
      inspect: OFF,
      asarIntegrity: ON,
      onlyAppAsar: ON,
      fileProtocolPrivileges: OFF,
    });
  });
});
