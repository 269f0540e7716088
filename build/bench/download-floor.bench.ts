// What a Node client cannot go below (issue 13): Holdall's downloads beside the peers and beside
// a bare Node client (build/bench/floor/floor-runner.ts) that only signs GETs and receives the
// bytes, then also writes them, then also checks them as Holdall does. Where even the bare
// client is slower than the best peer, the target is out of reach for any Node client on this
// machine. Usage: npm run bench download-floor [-- --rounds 3 --tools holdall,rclone,node-get]
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { bundleRunner, RUNNER_SOURCE } from './transfer/bundle-runner.js';
import { processCpu, waitForQuiet } from './transfer/cpu.js';
import { checkDir, checkFile, makeDataset } from './transfer/dataset.js';
import type { Dataset } from './transfer/dataset.js';
import { RECOMMENDED_SETTINGS } from './transfer/holdall-job.js';
import type { Op } from './transfer/holdall-job.js';
import { describeMachine, load } from './transfer/machine.js';
import { measure } from './transfer/measure.js';
import type { Command } from './transfer/measure.js';
import { createBucket, startServer } from './transfer/server.js';
import { median } from './transfer/stats.js';
import { holdallTool, peerTools } from './transfer/tools.js';
import type { OpTarget, Peer } from './transfer/tools.js';
import { partSizeFor } from '../../electron/core/transfers/part-plan.js';
import { FLOOR_MODES, FLOOR_RUNNER_SOURCE } from './floor/floor-job.js';
import type { FloorJob } from './floor/floor-job.js';

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '3' },
    tools: { type: 'string', default: 'holdall,rclone,aws,node-get,node-write,node-checked' },
    'small-count': { type: 'string', default: '2000' },
    'small-kib': { type: 'string', default: '64' },
    'big-mib': { type: 'string', default: '1024' },
  },
});
const KiB = 1024;
const MiB = 1024 * KiB;
const ROUNDS = Math.max(1, Number(values.rounds));
const TOOLS = values.tools.split(',');
const PEERS = (['rclone', 'aws', 's3cmd'] as const).filter((p) => TOOLS.includes(p));
const SHAPES = ['download-small', 'download-big'] as const;
type Shape = (typeof SHAPES)[number];
const log = (line: string): void => console.log(line);
const run = promisify(execFile);

interface FloorTool {
  name: string;
  command(op: Op, target: OpTarget): Command;
}

interface Row {
  seconds: number;
  client: number | undefined;
  server: number;
}

const work = await mkdtemp(join(tmpdir(), 'holdall-bench-floor-'));
const home = join(work, 'home');
const out = join(work, 'out');
await mkdir(home);
const server = await startServer(() => {});
try {
  const machine = await describeMachine([...PEERS]);
  log(`${machine.date}; ${machine.nproc} cores, ${machine.cpu}; ${machine.versions.join('; ')}`);
  log(`load before: ${load()}`);
  const data = await makeDataset(
    join(work, 'data'),
    Number(values['big-mib']) * MiB,
    Number(values['small-count']),
    Number(values['small-kib']) * KiB,
  );
  const holdall = holdallTool(server, home, RECOMMENDED_SETTINGS, {
    kind: 'bundle',
    file: await bundleRunner(home, RUNNER_SOURCE),
  });
  const floorRunner = await bundleRunner(home, FLOOR_RUNNER_SOURCE);
  const env = holdall.command('download-small', { bucket: '', key: '', path: '' }).env;
  const floorTools: FloorTool[] = FLOOR_MODES.map((mode) => ({
    name: `node-${mode}`,
    command(op, t) {
      const big = op.endsWith('-big');
      const job: FloorJob = {
        mode,
        bucket: t.bucket,
        key: t.key,
        path: t.path,
        // As Holdall's engine: 16 small files at once; a big file in 4 ranges at once, each one
        // part of the size Holdall uploaded it in (the checked mode recomputes its ETag).
        concurrency: big
          ? RECOMMENDED_SETTINGS.partConcurrency
          : RECOMMENDED_SETTINGS.fileConcurrency,
        rangeBytes: partSizeFor(data.big.size),
      };
      return { file: process.execPath, args: [floorRunner, JSON.stringify(job)], env };
    },
  }));
  const tools: FloorTool[] = [
    holdall,
    ...(await peerTools(server, home, PEERS as readonly Peer[])),
    ...floorTools,
  ].filter((t) => TOOLS.includes(t.name));

  // One bucket, written once by Holdall: every tool reads the same objects.
  const bucket = 'floor';
  await createBucket(server.admin, bucket);
  for (const op of ['upload-big', 'upload-small'] as const) {
    const target =
      op === 'upload-big'
        ? { bucket, key: 'big.bin', path: data.big.path }
        : { bucket, key: 'small/', path: data.small.dir };
    await measure(holdall.command(op, target));
  }

  const rows = new Map<string, Row[]>();
  for (let round = 0; round < ROUNDS; round++) {
    // Rotated, so no tool always runs right after the same one.
    const order = tools.map((_, i) => tools[(i + round) % tools.length]!);
    for (const tool of order)
      for (const shape of SHAPES) {
        const row = await measureOne(tool, shape, bucket, data);
        const key = `${shape} ${tool.name}`;
        rows.set(key, [...(rows.get(key) ?? []), row]);
        log(
          `  r${round} ${tool.name.padEnd(12)} ${shape.padEnd(14)} ${row.seconds.toFixed(2)} s, CPU-s client ${row.client?.toFixed(2) ?? '?'} server ${row.server.toFixed(2)}`,
        );
      }
  }
  report(rows, tools, data);
  log(`load after: ${load()}`);
} finally {
  await server.stop();
  await rm(work, { recursive: true, force: true });
}

async function measureOne(
  tool: FloorTool,
  shape: Shape,
  bucket: string,
  data: Dataset,
): Promise<Row> {
  const target: OpTarget =
    shape === 'download-big'
      ? { bucket, key: 'big.bin', path: join(out, 'big.bin') }
      : { bucket, key: 'small/', path: join(out, 'small') };
  await mkdir(join(out, 'small'), { recursive: true });
  await waitForQuiet(0.3, 60_000);
  const before = await processCpu(server.daemonPids);
  const m = await measure(tool.command(shape, target));
  const serverCpu = (await processCpu(server.daemonPids)) - before;
  // The bare GETs write nothing; everything else must have written the right bytes.
  if (tool.name !== 'node-get') {
    const problem =
      shape === 'download-big'
        ? await checkFile(target.path, data.big)
        : await checkDir(target.path, data.small.files);
    if (problem !== undefined) throw new Error(`${tool.name} ${shape}: ${problem}`);
  }
  await rm(out, { recursive: true, force: true });
  await run('sync');
  return { seconds: m.seconds, client: m.cpuSec, server: serverCpu };
}

function report(rows: Map<string, Row[]>, tools: FloorTool[], data: Dataset): void {
  const fmt = (n: number | undefined, digits = 2): string =>
    n === undefined ? '?' : n.toFixed(digits);
  log('');
  log('| shape | tool | median s | rate | client CPU-s | server CPU-s | vs best peer |');
  log('| --- | --- | ---: | ---: | ---: | ---: | ---: |');
  for (const shape of SHAPES) {
    const seconds = (name: string): number | undefined =>
      median((rows.get(`${shape} ${name}`) ?? []).map((r) => r.seconds));
    const peerTimes = PEERS.map((p) => ({ p, s: seconds(p) })).filter((x) => x.s !== undefined);
    const best = peerTimes.sort((a, b) => (a.s ?? 0) - (b.s ?? 0))[0];
    for (const tool of tools) {
      const list = rows.get(`${shape} ${tool.name}`) ?? [];
      const s = seconds(tool.name);
      if (s === undefined) continue;
      const client = median(list.flatMap((r) => (r.client === undefined ? [] : [r.client])));
      const serverCpu = median(list.map((r) => r.server));
      const rate =
        shape === 'download-big'
          ? `${fmt(data.big.size / s / 1e6, 0)} MB/s`
          : `${fmt(data.small.files.size / s, 0)} files/s`;
      const ratio = best?.s === undefined ? '' : `${fmt(best.s / s)}× ${best.p}`;
      log(
        `| ${shape} | ${tool.name} | ${fmt(s)} | ${rate} | ${fmt(client)} | ${fmt(serverCpu)} | ${ratio} |`,
      );
    }
  }
}
