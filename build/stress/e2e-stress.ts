import { spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startCpuHog } from './cpu-hog.js';
import { formatPassRates, passRates } from './pass-rates.js';
import type { PlaywrightJsonReport } from './pass-rates.js';

/**
 * Surfaces races before CI does: the end-to-end suite (or the specs named) repeated while busy
 * processes keep every core loaded, then each test's pass rate. Exits 1 if any test failed once.
 *
 *   npm run test:e2e:stress -- [--repeat 5] [--hog 2] [--no-build] [--grep text] [spec files…]
 */
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    repeat: { type: 'string', default: '5' },
    hog: { type: 'string', default: String(availableParallelism()) },
    // Ends the load, not the run: Playwright's own per-test timeouts end the run.
    'max-minutes': { type: 'string', default: '240' },
    'no-build': { type: 'boolean', default: false },
    grep: { type: 'string' },
  },
});

function positiveInt(name: string, text: string, allowZero = false): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < (allowZero ? 0 : 1)) {
    console.error(`--${name} must be a whole number${allowZero ? '' : ' above 0'}, not "${text}"`);
    process.exit(2);
  }
  return n;
}

const repeat = positiveInt('repeat', values.repeat);
const hogWorkers = positiveInt('hog', values.hog, true);
const maxMinutes = positiveInt('max-minutes', values['max-minutes']);
const root = resolve(import.meta.dirname, '..', '..');
const outDir = join(root, 'test-results', 'stress');
const reportFile = join(outDir, 'e2e-stress.json');

if (!values['no-build']) {
  const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
await rm(outDir, { recursive: true, force: true });

const args = [
  'playwright',
  'test',
  '--config',
  'e2e/playwright.config.ts',
  '--repeat-each',
  String(repeat),
  '--retries',
  '0',
  '--reporter',
  'dot,json',
  '--output',
  join(outDir, 'artifacts'),
  ...(values.grep === undefined ? [] : ['--grep', values.grep]),
  ...positionals,
];
console.log(
  `Repeating each test ${repeat}× with ${hogWorkers} busy process(es) (at most ${maxMinutes} min)`,
);
const hog = startCpuHog(hogWorkers, maxMinutes * 60);
let run;
try {
  run = spawnSync('npx', ['--no-install', ...args], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_FILE: reportFile },
  });
} finally {
  hog.stop();
}

const report = await readFile(reportFile, 'utf8').catch(() => undefined);
if (report === undefined) {
  console.error(`Playwright wrote no report (exit ${run.status ?? run.signal ?? '?'})`);
  process.exit(1);
}
const rates = passRates(JSON.parse(report) as PlaywrightJsonReport);
console.log(`\nPass rates under load (${repeat} repetitions each):`);
console.log(formatPassRates(rates));
process.exit(rates.some((r) => r.failed > 0) || run.status !== 0 ? 1 : 0);
