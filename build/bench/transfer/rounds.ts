import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { checkDir, checkFile } from './dataset.js';
import type { Dataset } from './dataset.js';
import { holdallResultSchema, OPS } from './holdall-job.js';
import type { Op } from './holdall-job.js';
import { cpuSnapshot, processCpu, waitForQuiet } from './cpu.js';
import { measure } from './measure.js';
import { createBucket, removeBucket } from './server.js';
import type { BenchServer } from './server.js';
import type { Sample } from './stats.js';
import type { OpTarget, Tool } from './tools.js';

const run = promisify(execFile);
// Less than a third of a core busy (kernel threads, idle daemons) counts as quiet.
const QUIET_CORES = 0.3;
const QUIET_WAIT_MS = 60_000;
// CPU-s others may use during a run before it counts as disturbed (kernel writeback and
// loopback softirqs caused by the run itself stay well below this).
const OTHER_CPU_LIMIT = 1.0;

function describe(s: Sample): string {
  if (s.problem !== undefined) return `FAILED: ${s.problem.split('\n')[0] ?? ''}`;
  const cpu = (n: number | undefined): string => (n === undefined ? '?' : n.toFixed(1));
  const rss = s.peakRssKiB === undefined ? '?' : (s.peakRssKiB / 1024).toFixed(0);
  return (
    `${s.seconds.toFixed(2)} s, ${rss} MiB, CPU-s client ${cpu(s.cpu.client)} ` +
    `server ${cpu(s.cpu.server)} other ${cpu(s.cpu.other)}${s.disturbed === true ? ' (disturbed)' : ''}`
  );
}

export interface RoundContext {
  server: BenchServer;
  data: Dataset;
  /** Scratch space for downloads; emptied after each tool's round. */
  outDir: string;
  log: (line: string) => void;
}

const BIG_KEY = 'big.bin';
const SMALL_PREFIX = 'small/';

function targetOf(op: Op, bucket: string, data: Dataset, out: string): OpTarget {
  switch (op) {
    case 'upload-big':
      return { bucket, key: BIG_KEY, path: data.big.path };
    case 'download-big':
      return { bucket, key: BIG_KEY, path: join(out, BIG_KEY) };
    case 'upload-small':
      return { bucket, key: SMALL_PREFIX, path: data.small.dir };
    case 'download-small':
      return { bucket, key: SMALL_PREFIX, path: join(out, 'small') };
  }
}

/** Downloads must be the source's bytes; an upload is proven by the download that follows it. */
async function check(op: Op, target: OpTarget, data: Dataset): Promise<string | undefined> {
  if (op === 'download-big') return checkFile(target.path, data.big);
  if (op === 'download-small') return checkDir(target.path, data.small.files);
  return undefined;
}

function amountOf(op: Op, data: Dataset): { files: number; bytes: number } {
  return op.endsWith('-big')
    ? { files: 1, bytes: data.big.size }
    : { files: data.small.files.size, bytes: data.small.bytes };
}

/** The engine's own high-water mark, when the command was Holdall's runner. */
function reportedRss(tool: Tool, stdout: string): number | undefined {
  if (tool.reportsOwnRss !== true) return undefined;
  const last = stdout.trim().split('\n').pop() ?? '';
  return holdallResultSchema.parse(JSON.parse(last)).maxRssKiB;
}

async function runOp(
  tool: Tool,
  op: Op,
  target: OpTarget,
  round: number,
  ctx: RoundContext,
): Promise<Sample> {
  const base = { tool: tool.name, op, round, ...amountOf(op, ctx.data) };
  const gate = await waitForQuiet(QUIET_CORES, QUIET_WAIT_MS);
  if (!gate.quiet)
    ctx.log(`  (machine still busy after ${gate.waitedMs / 1000} s; running anyway)`);
  try {
    const before = {
      machine: await cpuSnapshot(),
      server: await processCpu(ctx.server.daemonPids),
    };
    const m = await measure(tool.command(op, target));
    const after = { machine: await cpuSnapshot(), server: await processCpu(ctx.server.daemonPids) };
    const problem = await check(op, target, ctx.data);
    const peakRssKiB = reportedRss(tool, m.stdout) ?? m.peakRssKiB;
    const server = after.server - before.server;
    const busy = after.machine.busy - before.machine.busy;
    const cpu = {
      server,
      ...(m.cpuSec === undefined ? {} : { client: m.cpuSec, other: busy - server - m.cpuSec }),
    };
    const disturbed = !gate.quiet || (cpu.other ?? 0) > OTHER_CPU_LIMIT;
    return {
      ...base,
      seconds: m.seconds,
      peakRssKiB,
      cpu,
      ...(disturbed ? { disturbed } : {}),
      ...(problem === undefined ? {} : { problem }),
    };
  } catch (err) {
    const problem = err instanceof Error ? err.message : String(err);
    return { ...base, seconds: Number.NaN, peakRssKiB: undefined, cpu: {}, problem };
  }
}

/**
 * One tool's round: big up, big down, small up, small down, each a separate command,
 * in a bucket of its own that is deleted (and garbage-collected) afterwards.
 */
export async function toolRound(tool: Tool, round: number, ctx: RoundContext): Promise<Sample[]> {
  const bucket = `bench-${tool.name}-r${round}-${randomBytes(3).toString('hex')}`;
  const out = join(ctx.outDir, bucket);
  await mkdir(join(out, 'small'), { recursive: true });
  await createBucket(ctx.server.admin, bucket);
  const samples: Sample[] = [];
  try {
    for (const op of OPS) {
      const upload = op.startsWith('upload');
      const needs = samples.find((s) => s.op === op.replace('download', 'upload'));
      if (!upload && needs?.problem !== undefined) {
        samples.push({
          ...needs,
          op,
          seconds: Number.NaN,
          peakRssKiB: undefined,
          cpu: {},
          problem: 'skipped: its upload failed',
        });
        continue;
      }
      const sample = await runOp(tool, op, targetOf(op, bucket, ctx.data, out), round, ctx);
      samples.push(sample);
      ctx.log(`  r${round} ${tool.name.padEnd(7)} ${op.padEnd(14)} ${describe(sample)}`);
    }
  } finally {
    await cleanUp(ctx, bucket, out);
  }
  return samples;
}

/** Frees server and disk before the next tool so it is not measured against this one's leftovers. */
export async function cleanUp(ctx: RoundContext, bucket: string, out: string): Promise<void> {
  await rm(out, { recursive: true, force: true });
  await removeBucket(ctx.server.admin, bucket);
  await ctx.server.collectGarbage();
  // Dirty pages of deleted downloads would otherwise be written back during the next run.
  await run('sync');
}
