import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { availableParallelism, loadavg, totalmem } from 'node:os';
import { promisify } from 'node:util';
import { PEER_BINARIES } from './tools.js';
import type { Peer } from './tools.js';

const run = promisify(execFile);

export interface Machine {
  date: string;
  nproc: number;
  memoryGiB: number;
  cpu: string;
  kernel: string;
  versions: string[];
}

async function firstLine(file: string, args: string[]): Promise<string> {
  try {
    const { stdout, stderr } = await run(file, args, { timeout: 30_000 });
    return (stdout || stderr).trim().split('\n')[0] ?? '';
  } catch {
    return `${file}: unavailable`;
  }
}

export async function describeMachine(peers: readonly Peer[]): Promise<Machine> {
  const cpuinfo = await readFile('/proc/cpuinfo', 'utf8').catch(() => '');
  const peerVersions = await Promise.all(
    peers.map((p) => firstLine(PEER_BINARIES[p], ['--version'])),
  );
  return {
    date: await firstLine('date', ['-u']),
    nproc: availableParallelism(),
    memoryGiB: totalmem() / 1024 ** 3,
    cpu: /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ?? 'unknown',
    kernel: await firstLine('uname', ['-sr']),
    versions: [
      `node ${process.version}`,
      await firstLine('radosgw', ['--version']),
      ...peerVersions,
    ],
  };
}

/** The 1-minute load average: other work on a shared machine skews every figure. */
export function load(): string {
  return loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');
}
