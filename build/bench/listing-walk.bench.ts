// Whole-tree listing benchmark (issue 13): every key under a prefix of 100,000 keys in nested
// folders, Holdall's parallel tree walk against rclone, aws-cli and s3cmd run side by side on
// the same RGW, in interleaved rounds. Prints medians and the ratio to the best peer.
// Usage: npm run bench listing-walk [-- --rounds 3]
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { bundleRunner } from './transfer/bundle-runner.js';
import { processCpu, waitForQuiet } from './transfer/cpu.js';
import { describeMachine, load } from './transfer/machine.js';
import { measure } from './transfer/measure.js';
import { median } from './transfer/stats.js';
import { createBucket, removeBucket, startServer } from './transfer/server.js';
import { TREE_KEYS, writeTree } from './listing/walk-dataset.js';
import { walkTools, PEER_WALKERS } from './listing/walk-tools.js';
import type { Walker } from './listing/walk-tools.js';
import { WALK_RUNNER_SOURCE } from './listing/walk-job.js';

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '3' },
    /** Holdall's listers at once (default: the engine's own). */
    concurrency: { type: 'string' },
    /** Comma-separated subset of the tools, e.g. holdall,rclone. */
    tools: { type: 'string' },
  },
});
const only = values.tools?.split(',');
const ROUNDS = Math.max(1, Number(values.rounds));
const TARGET_RATIO = 2;
const QUIET_CORES = 0.3;
const QUIET_WAIT_MS = 60_000;
const log = (line: string) => console.log(line);

interface WalkSample {
  seconds: number;
  cpuSec: number | undefined;
  serverCpuSec: number;
  rssMiB: number | undefined;
}

const home = await mkdtemp(join(tmpdir(), 'holdall-bench-walk-'));
// Memstore: 100,000 empty keys go in several times faster, and a listing reads only the index.
const server = await startServer(log, 'memstore');
const bucket = 'walk-bench';
const prefix = 'tree/';
try {
  const machine = await describeMachine(['rclone', 'aws', 's3cmd']);
  log(`${machine.date}; ${machine.nproc} cores, ${machine.cpu}; ${machine.versions.join('; ')}`);
  await createBucket(server.admin, bucket);
  log(`Writing ${TREE_KEYS.toLocaleString('en')} keys …`);
  await writeTree(server.admin, bucket, prefix, log);
  const runner = await bundleRunner(home, WALK_RUNNER_SOURCE);
  const concurrency = values.concurrency === undefined ? undefined : Number(values.concurrency);
  const tools = (await walkTools(server, home, runner, concurrency)).filter(
    (t) => only === undefined || only.includes(t.name),
  );
  const samples = new Map<Walker, WalkSample[]>(tools.map((t) => [t.name, []]));
  for (let round = 0; round < ROUNDS; round++) {
    // Interleaved and rotated, so a slow minute of the shared machine hits every tool alike.
    const order = tools.map((_, i) => tools[(i + round) % tools.length]!);
    for (const tool of order) {
      const quiet = await waitForQuiet(QUIET_CORES, QUIET_WAIT_MS);
      const serverBefore = await processCpu(server.daemonPids);
      const run = await measure(tool.command({ bucket, prefix }));
      const serverCpuSec = (await processCpu(server.daemonPids)) - serverBefore;
      const keys = tool.count(run);
      if (keys !== TREE_KEYS) throw new Error(`${tool.name} listed ${keys} keys, not ${TREE_KEYS}`);
      const sample: WalkSample = {
        seconds: run.seconds,
        cpuSec: run.cpuSec,
        serverCpuSec,
        rssMiB: run.peakRssKiB === undefined ? undefined : run.peakRssKiB / 1024,
      };
      samples.get(tool.name)!.push(sample);
      log(
        `round ${round + 1} ${tool.name}: ${run.seconds.toFixed(2)} s, client CPU-s ${run.cpuSec?.toFixed(2) ?? '?'}, ` +
          `server CPU-s ${serverCpuSec.toFixed(2)}, ${sample.rssMiB?.toFixed(0) ?? '?'} MiB` +
          `${quiet.quiet ? '' : ' (machine not quiet)'}; load ${load()}`,
      );
    }
  }
  const med = (name: Walker, pick: (s: WalkSample) => number | undefined) =>
    median(samples.get(name)!.flatMap((s) => pick(s) ?? []));
  const seconds = (name: Walker) => med(name, (s) => s.seconds) ?? Number.POSITIVE_INFINITY;
  const peers = PEER_WALKERS.filter((p) => samples.has(p));
  const best = peers.reduce<Walker | undefined>(
    (a, b) => (a === undefined || seconds(b) < seconds(a) ? b : a),
    undefined,
  );
  log('');
  log(`| tool | median s | keys/s | client CPU-s | server CPU-s | peak RSS MiB |`);
  log(`| --- | --- | --- | --- | --- | --- |`);
  for (const tool of tools) {
    const s = seconds(tool.name);
    log(
      `| ${tool.name} | ${s.toFixed(2)} | ${Math.round(TREE_KEYS / s).toLocaleString('en')} | ` +
        `${med(tool.name, (x) => x.cpuSec)?.toFixed(2) ?? '?'} | ${med(tool.name, (x) => x.serverCpuSec)?.toFixed(2) ?? '?'} | ` +
        `${med(tool.name, (x) => x.rssMiB)?.toFixed(0) ?? '?'} |`,
    );
  }
  if (best !== undefined) {
    const ratio = seconds(best) / seconds('holdall');
    log('');
    log(
      `Holdall ${ratio.toFixed(2)}× the best peer (${best}), target ≥ ${TARGET_RATIO}× ` +
        `${ratio >= TARGET_RATIO ? '✓' : '✗'}; ${ROUNDS} rounds, medians.`,
    );
  }
} finally {
  await removeBucket(server.admin, bucket).catch((e: unknown) => log(`cleanup: ${String(e)}`));
  await server.stop();
  await rm(home, { recursive: true, force: true });
}
