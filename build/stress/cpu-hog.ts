import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';

export interface CpuHog {
  stop(): void;
}

/**
 * Busy processes, one per `workers`, that end by themselves after `seconds` even if the
 * script that started them is killed: load that cannot outlive its run.
 */
export function startCpuHog(workers: number, seconds: number): CpuHog {
  const spin = `const end = Date.now() + ${Math.round(seconds * 1000)}; while (Date.now() < end) {}`;
  const children: ChildProcess[] = [];
  for (let i = 0; i < workers; i++) {
    children.push(spawn(process.execPath, ['-e', spin], { stdio: 'ignore' }));
  }
  return {
    stop: () => {
      for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}
