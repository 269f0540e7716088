// Transfer benchmark (issue 4): Holdall (the `holdall` command by default) against rclone, aws-cli
// and s3cmd on one local Ceph RGW, rounds interleaved. Prints figures and ratios; never fails on speed. See --help.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleCli, bundleRunner, RUNNER_SOURCE } from './transfer/bundle-runner.js';
import { makeDataset } from './transfer/dataset.js';
import { writeGenerated } from './transfer/docs.js';
import { explore, trials } from './transfer/explore.js';
import { OPS, RECOMMENDED_SETTINGS, SHIPPED_SETTINGS } from './transfer/holdall-job.js';
import { describeMachine, load } from './transfer/machine.js';
import { parseOptions } from './transfer/options.js';
import { markdownReport, textReport } from './transfer/report.js';
import type { Report } from './transfer/report.js';
import { toolRound } from './transfer/rounds.js';
import type { RoundContext } from './transfer/rounds.js';
import { startServer } from './transfer/server.js';
import { summarize } from './transfer/stats.js';
import type { Sample } from './transfer/stats.js';
import { holdallTool, missingPeers, peerTools } from './transfer/tools.js';
import type { Peer, RunnerMode, Tool } from './transfer/tools.js';

const DOCS = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'docs', 'benchmarks.md');
const KiB = 1024;
const MiB = 1024 * KiB;

const options = parseOptions(process.argv.slice(2), process.env);
const args = [process.env.BENCH_TRANSFER_ARGS ?? '', ...process.argv.slice(2)].join(' ').trim();
const command =
  args === '' ? 'npm run bench:transfer' : `npx tsx build/bench/transfer.bench.ts ${args}`;
const log = (line: string): void => console.log(line);
const began = Date.now();

const missing = await missingPeers();
const peers = options.tools.filter((t): t is Peer => t !== 'holdall' && !missing.includes(t));
for (const p of missing.filter((m) => options.tools.includes(m)))
  log(
    `warning: ${p} is not installed; its rows stay empty (apt-get install -y ${p === 'aws' ? 'awscli' : p})`,
  );
const machine = await describeMachine(peers);
const loadBefore = load();

const work = await mkdtemp(join(tmpdir(), 'holdall-bench-transfer-'));
const home = join(work, 'home');
await mkdir(home);
log('starting Ceph RGW (BlueStore)…');
const server = await startServer(() => {});
// Ctrl-C must not leave three Ceph daemons and GiBs of scratch files behind.
process.once('SIGINT', () => {
  void server
    .stop()
    .finally(() => rm(work, { recursive: true, force: true }).finally(() => process.exit(130)));
});
try {
  log(`writing data: ${options.bigMiB} MiB file, ${options.smallCount} × ${options.smallKiB} KiB…`);
  const data = await makeDataset(
    join(work, 'data'),
    options.bigMiB * MiB,
    options.smallCount,
    options.smallKiB * KiB,
  );
  const ctx: RoundContext = { server, data, outDir: join(work, 'out'), log };
  await mkdir(ctx.outDir);
  // Exploring turns engine knobs the `holdall` command does not take: it runs the bare engine.
  const bareEngine = async (): Promise<RunnerMode> =>
    options.runner === 'tsx'
      ? { kind: 'tsx', file: RUNNER_SOURCE }
      : { kind: 'bundle', file: await bundleRunner(work) };
  const runner: RunnerMode =
    options.runner === 'cli' ? { kind: 'cli', file: await bundleCli(work) } : await bareEngine();
  // Bundled beside the command only when exploring needs it.
  const engine = runner.kind === 'cli' && options.explore > 0 ? await bareEngine() : runner;

  // The command runs at the app's own settings, so its figures are labelled with those.
  const settings =
    options.settings === 'shipped' || options.runner === 'cli'
      ? SHIPPED_SETTINGS
      : RECOMMENDED_SETTINGS;
  const tools: Tool[] = [
    ...(options.tools.includes('holdall') ? [holdallTool(server, home, settings, runner)] : []),
    ...(await peerTools(server, home, peers)),
  ];
  // Round 0 on a tiny data set, not counted: RGW creates its data pools on the first write,
  // and first runs fill caches (Python bytecode, tsx), costs no later round pays.
  const tiny = await makeDataset(join(work, 'warm-up'), 17 * MiB, 20, options.smallKiB * KiB);
  log('warm-up round (not counted)');
  for (const tool of tools) await toolRound(tool, 0, { ...ctx, data: tiny });

  const explored =
    options.explore > 0
      ? await explore(ctx, trials(SHIPPED_SETTINGS), options.explore, home, engine)
      : [];
  const samples: Sample[] = [];
  for (let round = 1; round <= options.rounds; round++) {
    log(`round ${round} of ${options.rounds} (load ${load()})`);
    for (const tool of tools) samples.push(...(await toolRound(tool, round, ctx)));
  }

  const report: Report = {
    command,
    options,
    machine,
    settings,
    summaries: OPS.flatMap((op) => tools.map((t) => summarize(samples, t.name, op))),
    explored,
    load: { before: loadBefore, after: load() },
    minutes: (Date.now() - began) / 60_000,
  };
  console.log(textReport(report));
  if (options.writeDocs) {
    await writeGenerated(DOCS, markdownReport(report));
    log(`\nwrote ${DOCS}`);
  }
} finally {
  await server.stop();
  await rm(work, { recursive: true, force: true });
}
