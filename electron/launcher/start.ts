import { spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { probeElectron } from './electron-probe.js';
import { nodeVersionProblem } from './node-version.js';
import { isBuildStale } from './staleness.js';

type HostChoice = 'auto' | 'electron' | 'web';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SOURCES = ['renderer', 'shared', 'electron', 'package.json'];
const OUTPUTS = [
  'dist/renderer/index.html',
  'dist/electron/main.cjs',
  'dist/electron/preload.cjs',
  'dist/web/main.mjs',
];

function parseHost(args: string[]): { host: HostChoice; rest: string[] } {
  let host: HostChoice = 'auto';
  const rest: string[] = [];
  for (const arg of args) {
    const match = /^--host=(auto|electron|web)$/.exec(arg);
    if (match?.[1] !== undefined) host = match[1] as HostChoice;
    else if (arg.startsWith('--host'))
      throw new Error(`Unknown ${arg}: use --host=auto, --host=electron or --host=web`);
    else rest.push(arg);
  }
  return { host, rest };
}

function run(binary: string, args: string[]): void {
  const child = spawn(binary, args, { cwd: root, stdio: 'inherit' });
  const forward = (signal: NodeJS.Signals): void => {
    child.kill(signal);
  };
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  child.on('exit', (code, signal) => process.exit(code ?? (signal === null ? 1 : 0)));
}

async function main(): Promise<void> {
  const tooOld = nodeVersionProblem(process.version);
  if (tooOld !== undefined) throw new Error(`${tooOld}. See "The two commands" in README.md.`);
  const { host, rest } = parseHost(process.argv.slice(2));
  if (await isBuildStale(root, SOURCES, OUTPUTS)) {
    process.stdout.write('Building Holdall…\n');
    const built = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
    if (built.status !== 0) throw new Error('the build failed (see above)');
  }
  if (host !== 'web') {
    const probe = probeElectron(root);
    if (probe.ok) {
      run(probe.binary, ['.', ...rest]);
      return;
    }
    if (host === 'electron') throw new Error(`Electron cannot run here: ${probe.reason}.`);
    process.stdout.write(
      `Electron cannot run here: ${probe.reason}. Starting the browser host instead.\n`,
    );
  }
  run(process.execPath, [join(root, 'dist', 'web', 'main.mjs'), ...rest]);
}

main().catch((err: unknown) => {
  process.stderr.write(`holdall: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
