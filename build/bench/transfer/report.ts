import type { TrialResult } from './explore.js';
import type { EngineSettings, Op } from './holdall-job.js';
import type { Machine } from './machine.js';
import type { Options } from './options.js';
import { cpuMsPerFile, cpuPerGiB } from './stats.js';
import type { Summary } from './stats.js';
import { judge, RSS_TARGET_MIB, TARGETS } from './targets.js';
import type { Check, Verdict } from './targets.js';

export interface Report {
  command: string;
  options: Options;
  machine: Machine;
  settings: EngineSettings;
  summaries: Summary[];
  explored: TrialResult[];
  load: { before: string; after: string };
  minutes: number;
}

function sizeLabel(mib: number): string {
  return mib >= 1024 && mib % 1024 === 0 ? `${mib / 1024} GiB` : `${mib} MiB`;
}

export function opLabel(op: Op, o: Options): string {
  const what = op.endsWith('-big')
    ? sizeLabel(o.bigMiB)
    : `${o.smallCount.toLocaleString('en')} × ${o.smallKiB} KiB`;
  return `${op.startsWith('upload') ? 'upload' : 'download'} ${what}`;
}

const num = (n: number | undefined, digits: number): string =>
  n === undefined || !Number.isFinite(n) ? '—' : n.toFixed(digits);

export function settingsLabel(s: EngineSettings): string {
  const part =
    s.partSizeMiB === undefined
      ? 'engine plan (about 32 parts of 8–64 MiB; 32 MiB for 1 GiB)'
      : `${s.partSizeMiB} MiB`;
  return (
    `${s.fileConcurrency} files at once, ${s.partConcurrency} parts/ranges per file, ` +
    `request limit ${s.requestLimit}, parts ${part}` +
    (s.jobLines ? ', job/end journal lines per file' : ', no job/end journal lines')
  );
}

function runnerLabel(o: Options): string {
  switch (o.runner) {
    case 'cli':
      return "the `holdall` command as `npm run build` bundles it (`holdall cp`: the app's core, transfer queue and engine, at the app's shipped settings), one command per operation like a peer";
    case 'bundle':
      return 'bare engine without the app around it (for comparison), bundled with esbuild as the app ships it, one `node` process per operation';
    case 'tsx':
      return 'bare engine run from source through tsx (adds ~30 MiB and ~0.1 s per process)';
  }
}

function checkText(c: Check, v: Verdict): string {
  const status = c.met === undefined ? 'n/a' : c.met ? 'met' : 'MISSED';
  const peer = v.peer ?? 'best peer';
  switch (c.what) {
    case 'rate': {
      const unit = v.target.metric === 'mbPerSec' ? 'MB/s' : 'files/s';
      return `${num(c.value, 2)}× ${peer}'s ${unit} (target ≥ ${c.bound}×) — ${status}`;
    }
    case 'cpuOfPeer':
      return `client CPU ${num(c.value, 2)}× ${peer}'s (target ≤ ${c.bound}×) — ${status}`;
    case 'cpuMsPerFile':
      return `client CPU ${num(c.value, 2)} ms per file (target ≤ ${c.bound} ms) — ${status}`;
  }
}

/** One line per target: the best peer of the run, then each part of the target, met or not. */
export function verdictText(v: Verdict): string {
  const overall = v.met === undefined ? 'n/a' : v.met ? 'met' : 'MISSED';
  const peer = v.peer === undefined ? 'no peer measured' : `best peer ${v.peer}`;
  return `${v.target.label} (${peer}): ${v.checks.map((c) => checkText(c, v)).join('; ')} → ${overall}`;
}

function rssVerdict(summaries: readonly Summary[]): string {
  const peaks = summaries.flatMap((s) =>
    s.tool === 'holdall' && s.peakRssMiB !== undefined ? [s.peakRssMiB] : [],
  );
  if (peaks.length === 0) return `Holdall peak RSS: no figure; target ≤ ${RSS_TARGET_MIB} MiB`;
  const peak = Math.max(...peaks);
  const status = peak <= RSS_TARGET_MIB ? 'met' : 'MISSED';
  return `Holdall peak RSS: ${peak.toFixed(0)} MiB over all operations; target ≤ ${RSS_TARGET_MIB} MiB — ${status}`;
}

function ratioCell(summaries: readonly Summary[], s: Summary): string {
  if (s.tool !== 'holdall') return '';
  const target = TARGETS.find((t) => t.op === s.op);
  if (target === undefined) return '';
  const v = judge(summaries, target);
  if (v.ratio === undefined) return '—';
  const rateMet = v.ratio >= target.atLeast;
  return `${v.ratio.toFixed(2)}× ${v.peer ?? ''} (≥ ${target.atLeast}×${rateMet ? ' ✓' : ' ✗'})`;
}

/** Client CPU per GiB for a big shape, per file for a small one: comparable between tools. */
function cpuCostCell(s: Summary): string {
  if (s.op.endsWith('-small')) {
    const ms = cpuMsPerFile(s);
    return ms === undefined ? '—' : `${ms.toFixed(2)} ms/file`;
  }
  const perGiB = cpuPerGiB(s);
  return perGiB === undefined ? '—' : `${perGiB.toFixed(2)} s/GiB`;
}

function resultRows(r: Report): string[][] {
  return r.summaries.map((s) => [
    opLabel(s.op, r.options),
    s.tool,
    num(s.seconds, 2),
    num(s.mbPerSec, 1),
    // One file's files/s says nothing; small-file rows are judged by it.
    s.op.endsWith('-small') ? num(s.filesPerSec, 0) : '',
    num(s.peakRssMiB, 0),
    num(s.clientCpu, 1),
    cpuCostCell(s),
    num(s.serverCpu, 1),
    ratioCell(r.summaries, s),
    `${s.counted} of ${s.runs}` + (s.failures.length === 0 ? '' : `, ${s.failures.length} failed`),
  ]);
}

const RESULT_HEADER = [
  'operation',
  'tool',
  'median s',
  'MB/s',
  'files/s',
  'peak RSS MiB',
  'client CPU-s',
  'client CPU per GiB / file',
  'server CPU-s',
  'Holdall ratio (target)',
  'rounds counted',
];

function exploreRows(r: Report): string[][] {
  return r.explored.map((t) => {
    const of = (op: Op): Summary | undefined => t.summaries.find((s) => s.op === op);
    const peaks = t.summaries.flatMap((s) => (s.peakRssMiB === undefined ? [] : [s.peakRssMiB]));
    return [
      t.label,
      num(of('upload-big')?.mbPerSec, 1),
      num(of('download-big')?.mbPerSec, 1),
      num(of('upload-small')?.filesPerSec, 0),
      num(of('download-small')?.filesPerSec, 0),
      peaks.length === 0 ? '—' : Math.max(...peaks).toFixed(0),
    ];
  });
}

const EXPLORE_HEADER = [
  'Holdall settings',
  'upload MB/s',
  'download MB/s',
  'small up files/s',
  'small down files/s',
  'peak RSS MiB',
];

function plainTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

function markdownTable(header: string[], rows: string[][]): string {
  const line = (cells: string[]): string => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** How much else ran on the machine while we measured: the figures' noise floor. */
function disturbance(r: Report): string {
  const runs = r.summaries.reduce((n, s) => n + s.runs, 0);
  const busy = r.summaries.reduce((n, s) => n + s.disturbed, 0);
  const other = r.summaries.flatMap((s) => (s.otherCpu === undefined ? [] : [s.otherCpu]));
  const worst = other.length === 0 ? '—' : Math.max(...other).toFixed(1);
  return (
    `${busy} of ${runs} runs were disturbed by other work on the machine (still busy after ` +
    `waiting 60 s for it to go quiet, or others used > 1 CPU-s during the run); medians count ` +
    `only undisturbed runs where a row has any. Others' CPU-s per run, worst row median: ${worst}`
  );
}

function failures(r: Report): string[] {
  return r.summaries.flatMap((s) =>
    s.failures.map((f) => `${s.tool} ${s.op}: ${f.split('\n')[0] ?? ''}`),
  );
}

export function textReport(r: Report): string {
  const verdicts = TARGETS.map((t) => verdictText(judge(r.summaries, t)));
  return [
    '',
    `Holdall (${settingsLabel(r.settings)}; ${runnerLabel(r.options)}) against peers; ` +
      `median of ${r.options.rounds} interleaved rounds.`,
    plainTable(RESULT_HEADER, resultRows(r)),
    '',
    ...verdicts,
    rssVerdict(r.summaries),
    disturbance(r),
    ...failures(r).map((f) => `FAILED ${f}`),
    ...(r.explored.length === 0
      ? []
      : ['', 'Holdall settings explored:', plainTable(EXPLORE_HEADER, exploreRows(r))]),
    '',
    `${r.machine.nproc} CPUs (${r.machine.cpu}), ${r.machine.memoryGiB.toFixed(1)} GiB; ` +
      `load ${r.load.before} → ${r.load.after}; ${r.minutes.toFixed(1)} min; ${r.machine.date}`,
  ].join('\n');
}

export function markdownReport(r: Report): string {
  const m = r.machine;
  const verdicts = TARGETS.map((t) => `- ${verdictText(judge(r.summaries, t))}`);
  return [
    `Measured ${m.date} with \`${r.command}\` (${r.minutes.toFixed(1)} min).`,
    '',
    `Machine: ${m.nproc} CPUs (${m.cpu}), ${m.memoryGiB.toFixed(1)} GiB RAM, ${m.kernel}; ` +
      `client and Ceph RGW (BlueStore on a sparse file) share the CPUs. ` +
      `Load average ${r.load.before} before, ${r.load.after} after.`,
    `Versions: ${m.versions.join('; ')}.`,
    '',
    `Holdall settings: ${settingsLabel(r.settings)}; ${runnerLabel(r.options)}. ` +
      `Peers at their own defaults. ` +
      `Median of ${r.options.rounds} rounds, interleaved (${r.options.tools.join(', ')}, then again); ` +
      `peak RSS is the largest over the rounds. MB/s are 10^6 bytes per second of wall time, ` +
      `process start-up included. CPU-s are medians: the tool's user + system time, and the Ceph ` +
      `daemons' (the server's share of the same cores). Every download was checked byte for byte ` +
      `(size and SHA-256).`,
    '',
    markdownTable(RESULT_HEADER, resultRows(r)),
    '',
    ...verdicts,
    `- ${rssVerdict(r.summaries)}`,
    `- ${disturbance(r)}`,
    ...failures(r).map((f) => `- FAILED ${f}`),
    ...(r.explored.length === 0
      ? []
      : [
          '',
          'Holdall settings explored (medians of the passes, Holdall alone):',
          '',
          markdownTable(EXPLORE_HEADER, exploreRows(r)),
        ]),
  ].join('\n');
}
