import { describe, expect, it } from 'vitest';
import { DurableRanges } from './download-checkpoints.js';
import type { Range } from './download-plan.js';

/** A disk whose syncs finish only when the test says so, and a journal that logs. */
function fakeIo(options: { failSync?: Error } = {}) {
  const log: string[] = [];
  const pending: (() => void)[] = [];
  let syncs = 0;
  const io = {
    sync: () => {
      const n = ++syncs;
      log.push(`sync ${n} began`);
      return new Promise<void>((resolve, reject) => {
        pending.push(() => {
          log.push(`sync ${n} ended`);
          if (options.failSync === undefined) resolve();
          else reject(options.failSync);
        });
      });
    },
    record: (range: Range) => {
      log.push(`journal ${range.start}`);
      return Promise.resolve();
    },
  };
  const settle = async (): Promise<void> => {
    // Lets the checkpoint's awaits run; no timers.
    for (let i = 0; i < 10; i++) await Promise.resolve();
  };
  return { io, log, endSync: () => pending.shift()?.(), settle };
}

const range = (start: number): Range => ({ start, end: start + 1 });

describe('DurableRanges', () => {
  it('journals a range only after a sync that began once it was written', async () => {
    const { io, log, endSync, settle } = fakeIo();
    const durable = new DurableRanges(io, false);
    durable.finished(range(0));
    // Finishes while the first sync runs: that sync may not have covered its bytes.
    durable.finished(range(1));
    durable.finished(range(2));
    await settle();
    expect(log).toEqual(['sync 1 began']);
    endSync();
    await settle();
    expect(log).toEqual(['sync 1 began', 'sync 1 ended', 'journal 0', 'sync 2 began']);
    endSync();
    await settle();
    expect(log.slice(4)).toEqual(['sync 2 ended', 'journal 1', 'journal 2']);
    expect(durable.journaled).toBe(true);
  });

  it('never makes the download wait: a range is handed over while a sync is stuck', async () => {
    const { io, log, settle } = fakeIo();
    const durable = new DurableRanges(io, false);
    for (let i = 0; i < 100; i++) durable.finished(range(i));
    await settle();
    // One sync in flight, 99 ranges gathered for the next: not one sync per range.
    expect(log).toEqual(['sync 1 began']);
    expect(durable.journaled).toBe(false);
  });

  it('stop journals what the sync in flight covered and nothing finished after it began', async () => {
    const { io, log, endSync, settle } = fakeIo();
    const durable = new DurableRanges(io, false);
    durable.finished(range(0));
    durable.finished(range(1));
    const stopped = durable.stop();
    endSync();
    await stopped;
    await settle();
    expect(log).toEqual(['sync 1 began', 'sync 1 ended', 'journal 0']);
  });

  it('finish syncs once more, so every finished range is durable and journaled', async () => {
    const { io, log, endSync, settle } = fakeIo();
    const durable = new DurableRanges(io, false);
    durable.finished(range(0));
    durable.finished(range(1));
    const finished = durable.finish();
    endSync();
    await settle();
    endSync();
    await finished;
    expect(log).toEqual([
      'sync 1 began',
      'sync 1 ended',
      'journal 0',
      'sync 2 began',
      'sync 2 ended',
      'journal 1',
    ]);
  });

  it('journals nothing after a failed sync and reports its error', async () => {
    const broken = new Error('EIO: i/o error, fdatasync');
    const { io, log, endSync, settle } = fakeIo({ failSync: broken });
    const durable = new DurableRanges(io, false);
    durable.finished(range(0));
    endSync();
    await settle();
    expect(() => durable.finished(range(1))).toThrow(broken);
    await expect(durable.finish()).rejects.toThrow(broken);
    expect(log).toEqual(['sync 1 began', 'sync 1 ended']);
    expect(durable.journaled).toBe(false);
  });
});
