import { spawnSync } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Benchmarks are not tests: each prints figures and ratios against peers run side by side.
const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv[2];
const benches = (await readdir(here))
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only === undefined || f.startsWith(only))
  .sort();
if (benches.length === 0) {
  console.log(
    only === undefined ? 'No benchmarks in build/bench yet.' : `No benchmark named ${only}.`,
  );
  process.exit(only === undefined ? 0 : 1);
}
let failed = 0;
for (const bench of benches) {
  console.log(`=== ${bench}`);
  // Flags after the benchmark's name (npm run bench:transfer -- --rounds 1) go to the benchmark.
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(here, bench), ...process.argv.slice(3)],
    {
      stdio: 'inherit',
    },
  );
  if (run.status !== 0) failed++;
}
process.exit(failed === 0 ? 0 : 1);
