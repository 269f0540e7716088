import type { TransferJob, TransferProgress } from '../../../shared/domain/transfer-job.js';
import type { CliSession } from '../cli-session.js';
import type { Output } from '../output.js';

const ENDED = new Set(['succeeded', 'failed', 'canceled']);

export function human(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(unit === 0 ? 0 : 1)} ${units[unit] ?? ''}`;
}

/**
 * Enqueues jobs and waits until every one has ended, showing progress on a terminal. Listens
 * before enqueueing, so a job that ends at once is not missed. Waits as long as the jobs run:
 * the engine's own deadlines end a stalled request, and a failed job ends the wait.
 */
export async function waitForJobs(
  session: CliSession,
  out: Output,
  enqueue: () => Promise<TransferJob[]>,
): Promise<TransferJob[]> {
  const latest = new Map<string, TransferJob>();
  const progress = new Map<string, TransferProgress>();
  let wanted: Set<string> | undefined;
  let settle: (() => void) | undefined;
  const allEnded = (): boolean =>
    wanted !== undefined && [...wanted].every((id) => ENDED.has(latest.get(id)?.state ?? ''));
  const stop = session.listen((event, payload) => {
    if (event === 'transfers.state') {
      const job = payload as TransferJob;
      latest.set(job.id, job);
      if (allEnded()) settle?.();
    } else if (event === 'transfers.progress') {
      const p = payload as TransferProgress;
      progress.set(p.id, p);
      const mine = [...progress.values()].filter((x) => wanted?.has(x.id) !== false);
      const done = mine.reduce((n, x) => n + x.bytesDone, 0);
      const total = mine.reduce((n, x) => n + x.bytesTotal, 0);
      const rate = mine.reduce((n, x) => n + x.rateBytesPerSec, 0);
      out.progress(`${human(done)} of ${human(total)}, ${human(rate)}/s`);
    }
  });
  try {
    const jobs = await enqueue();
    for (const job of jobs) if (!latest.has(job.id)) latest.set(job.id, job);
    wanted = new Set(jobs.map((j) => j.id));
    if (!allEnded())
      await new Promise<void>((resolve) => {
        settle = resolve;
      });
    return jobs.map((j) => latest.get(j.id) ?? j);
  } finally {
    stop();
    out.endProgress();
  }
}
