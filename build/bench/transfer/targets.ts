import type { Op } from './holdall-job.js';
import { cpuMsPerFile } from './stats.js';
import type { Summary } from './stats.js';
import type { ToolName } from './tools.js';

/**
 * One shape's target, always against the best peer of the same run (the fastest at that shape),
 * never against one chosen tool: a target met against a slow peer says nothing.
 */
export interface Target {
  op: Op;
  label: string;
  metric: 'mbPerSec' | 'filesPerSec';
  /** Holdall's rate at least this many times the best peer's. */
  atLeast: number;
  /** Holdall's client CPU-s at most this share of the best peer's. */
  cpuAtMostOfPeer?: number;
  /** Holdall's client CPU per file at most this many milliseconds. */
  cpuMsPerFileAtMost?: number;
}

/** Issue #13's table. */
export const TARGETS: readonly Target[] = [
  { op: 'upload-big', label: 'upload', metric: 'mbPerSec', atLeast: 1.5, cpuAtMostOfPeer: 0.5 },
  { op: 'download-big', label: 'download', metric: 'mbPerSec', atLeast: 1.1 },
  { op: 'upload-small', label: 'small upload', metric: 'filesPerSec', atLeast: 1.3 },
  {
    op: 'download-small',
    label: 'small download',
    metric: 'filesPerSec',
    atLeast: 1.1,
    cpuMsPerFileAtMost: 1.5,
  },
];

export const RSS_TARGET_MIB = 160;

/** One measurable part of a target: Holdall's figure, the bound, and whether it holds. */
export interface Check {
  what: 'rate' | 'cpuOfPeer' | 'cpuMsPerFile';
  value: number | undefined;
  bound: number;
  /** undefined: no figure to judge (a tool failed, or CPU was not measured). */
  met: boolean | undefined;
}

export interface Verdict {
  target: Target;
  /** The fastest peer at this shape in this run. */
  peer: ToolName | undefined;
  /** Holdall's rate divided by the best peer's. */
  ratio: number | undefined;
  checks: Check[];
  /** Every part met; undefined when a part has no figure and none was missed. */
  met: boolean | undefined;
}

function check(what: Check['what'], value: number | undefined, bound: number, atLeast: boolean) {
  const met = value === undefined ? undefined : atLeast ? value >= bound : value <= bound;
  return { what, value, bound, met } satisfies Check;
}

const divide = (a: number | undefined, b: number | undefined): number | undefined =>
  a === undefined || b === undefined || b === 0 ? undefined : a / b;

export function judge(summaries: readonly Summary[], target: Target): Verdict {
  const rate = (s: Summary | undefined): number | undefined => s?.[target.metric];
  const ofOp = summaries.filter((s) => s.op === target.op);
  const holdall = ofOp.find((s) => s.tool === 'holdall');
  const best = ofOp
    .filter((s) => s.tool !== 'holdall' && rate(s) !== undefined)
    .sort((a, b) => (rate(b) ?? 0) - (rate(a) ?? 0))[0];
  const ratio = divide(rate(holdall), rate(best));
  const checks: Check[] = [check('rate', ratio, target.atLeast, true)];
  if (target.cpuAtMostOfPeer !== undefined)
    checks.push(
      check(
        'cpuOfPeer',
        divide(holdall?.clientCpu, best?.clientCpu),
        target.cpuAtMostOfPeer,
        false,
      ),
    );
  if (target.cpuMsPerFileAtMost !== undefined)
    checks.push(
      check(
        'cpuMsPerFile',
        holdall === undefined ? undefined : cpuMsPerFile(holdall),
        target.cpuMsPerFileAtMost,
        false,
      ),
    );
  const met = checks.some((c) => c.met === false)
    ? false
    : checks.every((c) => c.met === true)
      ? true
      : undefined;
  return { target, peer: best?.tool, ratio, checks, met };
}
