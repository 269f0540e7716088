import type { Op } from './holdall-job.js';
import type { ToolName } from './tools.js';

const GiB = 1024 ** 3;

export interface Sample {
  tool: ToolName;
  op: Op;
  round: number;
  seconds: number;
  peakRssKiB: number | undefined;
  files: number;
  bytes: number;
  /** CPU seconds of the tool, of the Ceph daemons, and of everything else on the machine. */
  cpu: { client?: number; server?: number; other?: number };
  /** The machine was not quiet before the run (others' work): the figure is less reliable. */
  disturbed?: boolean;
  /** Set when the command failed or its bytes were wrong: such a sample has no speed. */
  problem?: string;
}

export interface Summary {
  tool: ToolName;
  op: Op;
  runs: number;
  /** Runs the medians are taken over. */
  counted: number;
  failures: string[];
  /** Medians over the successful rounds. */
  seconds: number | undefined;
  mbPerSec: number | undefined;
  filesPerSec: number | undefined;
  /** The largest peak over the rounds: a memory ceiling is about the worst case. */
  peakRssMiB: number | undefined;
  /** What one run moves (every round moves the same). */
  files: number | undefined;
  bytes: number | undefined;
  /** Medians of CPU seconds per run. */
  clientCpu: number | undefined;
  serverCpu: number | undefined;
  otherCpu: number | undefined;
  disturbed: number;
}

export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

export function summarize(samples: readonly Sample[], tool: ToolName, op: Op): Summary {
  const mine = samples.filter((s) => s.tool === tool && s.op === op);
  const ok = mine.filter((s) => s.problem === undefined);
  // Others' work on a shared machine only ever slows a run down: drop such runs when clean ones exist.
  const clean = ok.filter((s) => s.disturbed !== true);
  const good = clean.length > 0 ? clean : ok;
  const rss = mine.flatMap((s) => (s.peakRssKiB === undefined ? [] : [s.peakRssKiB / 1024]));
  const seconds = median(good.map((s) => s.seconds));
  const first = good[0];
  return {
    tool,
    op,
    runs: mine.length,
    counted: good.length,
    failures: mine.flatMap((s) => (s.problem === undefined ? [] : [s.problem])),
    seconds,
    // Each round moves the same bytes, so the median time gives the median rate.
    mbPerSec:
      seconds === undefined || first === undefined ? undefined : first.bytes / 1e6 / seconds,
    filesPerSec: seconds === undefined || first === undefined ? undefined : first.files / seconds,
    files: first?.files,
    bytes: first?.bytes,
    peakRssMiB: rss.length === 0 ? undefined : Math.max(...rss),
    clientCpu: median(good.flatMap((s) => (s.cpu.client === undefined ? [] : [s.cpu.client]))),
    serverCpu: median(good.flatMap((s) => (s.cpu.server === undefined ? [] : [s.cpu.server]))),
    otherCpu: median(good.flatMap((s) => (s.cpu.other === undefined ? [] : [s.cpu.other]))),
    disturbed: mine.filter((s) => s.disturbed === true).length,
  };
}

/** The client's CPU seconds per GiB moved: what a big transfer costs the user's machine. */
export function cpuPerGiB(s: Summary): number | undefined {
  if (s.clientCpu === undefined || s.bytes === undefined || s.bytes === 0) return undefined;
  return s.clientCpu / (s.bytes / GiB);
}

/** The client's CPU milliseconds per file: what a small-file transfer costs per file. */
export function cpuMsPerFile(s: Summary): number | undefined {
  if (s.clientCpu === undefined || s.files === undefined || s.files === 0) return undefined;
  return (s.clientCpu * 1000) / s.files;
}
