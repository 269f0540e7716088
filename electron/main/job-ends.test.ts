import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TransferJob } from '../../shared/domain/transfer-job.js';
import { JobEnds } from './job-ends.js';

const job = (id: string, state: TransferJob['state']) =>
  ({ id, key: `${id}.bin`, state }) as TransferJob;

afterEach(() => {
  vi.useRealTimers();
});

describe('JobEnds', () => {
  it('answers the job as it ended, once its state event says so', async () => {
    const ends = new JobEnds();
    const waiting = ends.ended(job('a', 'queued'), 60_000);
    ends.observe('transfers.state', job('a', 'running'));
    ends.observe('transfers.progress', job('a', 'succeeded'));
    ends.observe('transfers.state', job('b', 'failed'));
    ends.observe('transfers.state', job('a', 'canceled'));
    await expect(waiting).resolves.toMatchObject({ id: 'a', state: 'canceled' });
  });

  it('answers at once for a job that already ended', async () => {
    await expect(new JobEnds().ended(job('a', 'failed'), 1)).resolves.toMatchObject({
      state: 'failed',
    });
  });

  it('gives up at its deadline: a paused and forgotten job does not hold the waiter', async () => {
    vi.useFakeTimers();
    const ends = new JobEnds();
    const waiting = ends.ended(job('a', 'paused'), 5_000);
    const seen = expect(waiting).rejects.toThrow(/did not finish in time/);
    await vi.advanceTimersByTimeAsync(5_000);
    await seen;
    // A late end reaches nobody and breaks nothing.
    ends.observe('transfers.state', job('a', 'succeeded'));
  });
});
