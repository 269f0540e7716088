import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';

// USER_HZ: /proc reports CPU time in these ticks on every Linux the project runs on.
const TICKS_PER_SEC = 100;

export interface CpuSnapshot {
  /** Machine-wide busy and total CPU seconds (all cores), from /proc/stat. */
  busy: number;
  total: number;
}

export async function cpuSnapshot(): Promise<CpuSnapshot> {
  const line = (await readFile('/proc/stat', 'utf8')).split('\n')[0] ?? '';
  const [user, nice, system, idle, iowait, irq, softirq, steal] = line
    .trim()
    .split(/\s+/)
    .slice(1)
    .map(Number);
  const busy = [user, nice, system, irq, softirq, steal].reduce<number>((a, b) => a + (b ?? 0), 0);
  return {
    busy: busy / TICKS_PER_SEC,
    total: (busy + (idle ?? 0) + (iowait ?? 0)) / TICKS_PER_SEC,
  };
}

/** User + system CPU seconds used so far by these processes (gone ones count 0). */
export async function processCpu(pids: readonly number[]): Promise<number> {
  const each = await Promise.all(
    pids.map(async (pid) => {
      const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
      // Fields after the command name, which may itself hold spaces and parentheses.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SEC || 0;
    }),
  );
  return each.reduce((a, b) => a + b, 0);
}

/**
 * Waits until the machine has been nearly idle for a second: on a shared 2-core box other
 * people's test runs (or RGW still digesting the last tool's deletes) would otherwise be
 * charged to whichever tool runs next. Gives up after `maxWaitMs` and says so.
 */
export async function waitForQuiet(
  maxBusyCores: number,
  maxWaitMs: number,
): Promise<{ waitedMs: number; quiet: boolean }> {
  const began = Date.now();
  for (;;) {
    const a = await cpuSnapshot();
    await sleep(1000);
    const b = await cpuSnapshot();
    const busyCores = ((b.busy - a.busy) / (b.total - a.total || 1)) * availableParallelism();
    const waitedMs = Date.now() - began;
    if (busyCores <= maxBusyCores) return { waitedMs, quiet: true };
    if (waitedMs >= maxWaitMs) return { waitedMs, quiet: false };
  }
}
