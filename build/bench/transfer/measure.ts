import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { access, constants, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

export interface Command {
  file: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  cwd?: string;
}

export interface Measured {
  seconds: number;
  /** Peak resident set of the biggest process the command ran, in KiB. */
  peakRssKiB: number | undefined;
  /** User + system CPU seconds of the command and everything it waited for. */
  cpuSec: number | undefined;
  /** The tail of what it printed (64 KiB). */
  stdout: string;
  /** Lines it printed in all, for tools that print one line per item. */
  stdoutLines: number;
}

const GNU_TIME = '/usr/bin/time';
const KEEP_OUTPUT = 64 * 1024;
const TIMEOUT_MS = 30 * 60_000;

let gnuTime: Promise<boolean> | undefined;

function hasGnuTime(): Promise<boolean> {
  gnuTime ??= access(GNU_TIME, constants.X_OK).then(
    () => true,
    () => false,
  );
  return gnuTime;
}

/** Peak RSS of a process we cannot wrap: the kernel's high-water mark, read until it exits. */
function pollHighWaterMark(pid: number): { stop(): number | undefined } {
  let peak: number | undefined;
  const read = (): void => {
    readFile(`/proc/${pid}/status`, 'utf8').then(
      (text) => {
        const kib = Number(/^VmHWM:\s+(\d+) kB/m.exec(text)?.[1]);
        if (Number.isFinite(kib)) peak = Math.max(peak ?? 0, kib);
      },
      () => {},
    );
  };
  const timer = setInterval(read, 50);
  read();
  return {
    stop: () => {
      clearInterval(timer);
      return peak;
    },
  };
}

/** Runs a command to completion; wall time includes its start-up, as a user would wait for it. */
export async function measure(command: Command): Promise<Measured> {
  const dir = await mkdtemp(join(tmpdir(), 'holdall-bench-time-'));
  const timeFile = join(dir, 'rss');
  const wrapped = await hasGnuTime();
  const [file, args] = wrapped
    ? [GNU_TIME, ['-f', '%M %U %S', '-o', timeFile, command.file, ...command.args]]
    : [command.file, command.args];
  try {
    const began = performance.now();
    // Its own process group, so a timeout can stop the command and everything it started.
    const child = spawn(file, args, {
      env: command.env,
      ...(command.cwd === undefined ? {} : { cwd: command.cwd }),
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    const polled = !wrapped && child.pid !== undefined ? pollHighWaterMark(child.pid) : undefined;
    let stdout = '';
    let stdoutLines = 0;
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) stdoutLines++;
      stdout = (stdout + chunk.toString()).slice(-KEEP_OUTPUT);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-KEEP_OUTPUT);
    });
    const timer = setTimeout(() => {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
    }, TIMEOUT_MS);
    const [code, signal] = (await once(child, 'close')) as [number | null, string | null];
    clearTimeout(timer);
    const seconds = (performance.now() - began) / 1000;
    const fromPoll = polled?.stop();
    if (code !== 0) {
      throw new Error(
        `${command.file} ${command.args.join(' ')} failed (${code ?? signal})\n${stderr.slice(-4000)}`,
      );
    }
    const [rss, user, sys] = wrapped
      ? ((await readFile(timeFile, 'utf8')).trim().split('\n').pop() ?? '').split(' ').map(Number)
      : [fromPoll];
    const finite = (n: number | undefined): n is number => n !== undefined && Number.isFinite(n);
    return {
      seconds,
      peakRssKiB: finite(rss) ? rss : undefined,
      cpuSec: finite(user) && finite(sys) ? user + sys : undefined,
      stdout,
      stdoutLines,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
