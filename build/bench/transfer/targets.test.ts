import { describe, expect, it } from 'vitest';
import type { Op } from './holdall-job.js';
import { verdictText } from './report.js';
import { cpuMsPerFile, cpuPerGiB } from './stats.js';
import type { Summary } from './stats.js';
import { judge, TARGETS } from './targets.js';
import type { Target } from './targets.js';
import type { ToolName } from './tools.js';

const GiB = 1024 ** 3;

function row(
  tool: ToolName,
  op: Op,
  rate: number | undefined,
  clientCpu: number | undefined,
): Summary {
  const small = op.endsWith('-small');
  return {
    tool,
    op,
    runs: 1,
    counted: rate === undefined ? 0 : 1,
    failures: rate === undefined ? ['failed'] : [],
    seconds: rate === undefined ? undefined : 1,
    mbPerSec: small ? undefined : rate,
    filesPerSec: small ? rate : undefined,
    files: small ? 2000 : 1,
    bytes: small ? 2000 * 64 * 1024 : GiB,
    peakRssMiB: 100,
    clientCpu,
    serverCpu: 1,
    otherCpu: 0,
    disturbed: 0,
  };
}

function target(op: Op): Target {
  const found = TARGETS.find((t) => t.op === op);
  if (found === undefined) throw new Error(`no target for ${op}`);
  return found;
}

describe('bench targets (issue #13)', () => {
  it('sets each shape against the best peer, with the CPU bounds of the issue', () => {
    expect(TARGETS.map((t) => [t.op, t.atLeast, t.cpuAtMostOfPeer, t.cpuMsPerFileAtMost])).toEqual([
      ['upload-big', 1.5, 0.5, undefined],
      ['download-big', 1.1, undefined, undefined],
      ['upload-small', 1.3, undefined, undefined],
      ['download-small', 1.1, undefined, 1.5],
    ]);
  });

  it('judges small downloads against the fastest peer of the run, not against aws', () => {
    const rows = [
      row('holdall', 'download-small', 400, 2),
      row('aws', 'download-small', 200, 8),
      row('rclone', 'download-small', 900, 2),
      row('s3cmd', 'download-small', 100, 9),
    ];
    const v = judge(rows, target('download-small'));
    expect(v.peer).toBe('rclone');
    expect(v.ratio).toBeCloseTo(400 / 900);
    expect(v.met).toBe(false);
  });

  it('misses the small download target when files/s are met but a file costs too much CPU', () => {
    // 2,000 files in 3.2 CPU-s is 1.6 ms per file, over the 1.5 ms bound.
    const rows = [
      row('holdall', 'download-small', 1000, 3.2),
      row('rclone', 'download-small', 900, 2),
    ];
    const v = judge(rows, target('download-small'));
    expect(v.checks.map((c) => [c.what, c.met])).toEqual([
      ['rate', true],
      ['cpuMsPerFile', false],
    ]);
    expect(v.checks[1]?.value).toBeCloseTo(1.6);
    expect(v.met).toBe(false);
  });

  it('meets the small download target only when both parts hold', () => {
    const rows = [
      row('holdall', 'download-small', 1000, 2.8),
      row('rclone', 'download-small', 900, 2),
    ];
    expect(judge(rows, target('download-small')).met).toBe(true);
  });

  it('holds the big upload to half the best peer’s client CPU', () => {
    const fast = row('holdall', 'upload-big', 310, 3);
    const rows = [fast, row('aws', 'upload-big', 200, 5), row('rclone', 'upload-big', 150, 1)];
    const v = judge(rows, target('upload-big'));
    // The best peer is the fastest (aws), and its CPU is the bound, not the thriftiest peer's.
    expect(v.peer).toBe('aws');
    expect(v.checks.find((c) => c.what === 'cpuOfPeer')?.value).toBeCloseTo(0.6);
    expect(v.met).toBe(false);
    const thrifty = judge([{ ...fast, clientCpu: 2.4 }, ...rows.slice(1)], target('upload-big'));
    expect(thrifty.met).toBe(true);
  });

  it('says n/a rather than met when a figure is missing, and missed when any part is', () => {
    const noCpu = [row('holdall', 'upload-big', 400, undefined), row('aws', 'upload-big', 200, 5)];
    expect(judge(noCpu, target('upload-big')).met).toBeUndefined();
    const slowNoCpu = [
      row('holdall', 'upload-big', 100, undefined),
      row('aws', 'upload-big', 200, 5),
    ];
    expect(judge(slowNoCpu, target('upload-big')).met).toBe(false);
    const peerFailed = [
      row('holdall', 'download-big', 400, 1),
      row('s3cmd', 'download-big', undefined, undefined),
    ];
    const v = judge(peerFailed, target('download-big'));
    expect(v.peer).toBeUndefined();
    expect(v.met).toBeUndefined();
  });

  it('reports client CPU per GiB for big shapes and per file for small ones', () => {
    expect(cpuPerGiB(row('holdall', 'download-big', 300, 2.5))).toBeCloseTo(2.5);
    expect(cpuMsPerFile(row('holdall', 'download-small', 300, 6.5))).toBeCloseTo(3.25);
    expect(cpuMsPerFile(row('holdall', 'download-small', 300, undefined))).toBeUndefined();
  });

  it('names the best peer and each part of the target in the verdict line', () => {
    const rows = [
      row('holdall', 'download-small', 310, 6.5),
      row('rclone', 'download-small', 912, 2),
    ];
    expect(verdictText(judge(rows, target('download-small')))).toBe(
      "small download (best peer rclone): 0.34× rclone's files/s (target ≥ 1.1×) — MISSED; " +
        'client CPU 3.25 ms per file (target ≤ 1.5 ms) — MISSED → MISSED',
    );
  });
});
