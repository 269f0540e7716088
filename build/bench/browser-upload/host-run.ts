import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { launch } from '../../../electron/web/test-support/start-test-host.js';
import type { HostSession } from './page-transport.js';

export interface RunningHost extends HostSession {
  pid: number;
  /** The bench-only grant of the local folder: what the engine uploads from disk. */
  folderGrant: string;
  stop(): Promise<void>;
}

/** Starts the bundled host process and trades its launch link for the session, as a browser. */
export async function startHostProcess(
  script: string,
  dataDir: string,
  rendererDir: string,
  folder: string,
): Promise<RunningHost> {
  const child: ChildProcess = spawn(process.execPath, [script, dataDir, rendererDir, folder], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout! });
  const first = await new Promise<string>((resolve, reject) => {
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`the host exited (${code}) before starting`)));
  });
  const started = JSON.parse(first) as { url: string; port: number; folderGrant: string };
  return {
    pid: child.pid!,
    base: `http://127.0.0.1:${started.port}`,
    cookie: await launch(started.url),
    folderGrant: started.folderGrant,
    stop: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Peak resident set of a running process so far, in MiB. */
export async function peakRssMiB(pid: number): Promise<number | undefined> {
  const { readFile } = await import('node:fs/promises');
  const text = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const kib = Number(/^VmHWM:\s+(\d+) kB/m.exec(text)?.[1]);
  return Number.isFinite(kib) ? kib / 1024 : undefined;
}
