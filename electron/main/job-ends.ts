import type { TransferJob } from '../../shared/domain/transfer-job.js';

const ENDED = new Set<TransferJob['state']>(['succeeded', 'failed', 'canceled']);

/**
 * Waits for transfer jobs to end, from the 'transfers.state' events core emits (main sees every
 * one on its way to the windows). A wait has a deadline: a job paused and forgotten must not
 * hold its waiter for ever.
 */
export class JobEnds {
  readonly #waiting = new Map<string, Set<(job: TransferJob) => void>>();

  /** Main's emit passes every event through here. */
  observe(event: string, payload: unknown): void {
    if (event !== 'transfers.state') return;
    const job = payload as TransferJob;
    if (!ENDED.has(job.state)) return;
    const waiters = this.#waiting.get(job.id);
    this.#waiting.delete(job.id);
    for (const settle of waiters ?? []) settle(job);
  }

  /** The job as it ended; `now` is the job as it is, in case it ended before anyone waited. */
  ended(now: TransferJob, timeoutMs: number): Promise<TransferJob> {
    if (ENDED.has(now.state)) return Promise.resolve(now);
    return new Promise((resolve, reject) => {
      const waiters = this.#waiting.get(now.id) ?? new Set();
      this.#waiting.set(now.id, waiters);
      const timer = setTimeout(() => {
        waiters.delete(settle);
        reject(new Error(`The download of ${now.key} did not finish in time`));
      }, timeoutMs);
      timer.unref();
      const settle = (job: TransferJob): void => {
        clearTimeout(timer);
        resolve(job);
      };
      waiters.add(settle);
    });
  }
}
