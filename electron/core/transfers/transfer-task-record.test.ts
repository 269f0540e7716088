import { describe, expect, it } from 'vitest';
import { MAX_TASK_PROBLEMS } from '../../../shared/domain/task.js';
import { job } from '../../../shared/domain/test-jobs.js';
import type { TransferJob, TransferState } from '../../../shared/domain/transfer-job.js';
import { uploadTaskFacts } from './test-support/transfer-task-records.js';
import { transferTaskRecord } from './transfer-task-record.js';
import type { TransferTaskFacts, TransferTaskLive } from './transfer-task-record.js';

const upload: TransferTaskFacts = { ...uploadTaskFacts('task-0001'), name: null, itemCount: 2 };
const download: TransferTaskFacts = {
  ...upload,
  spec: {
    kind: 'download',
    profileId: 'p1',
    bucket: 'b',
    keys: ['in/a.bin'],
    destination: 'g'.repeat(32),
    conflict: 'ask',
  },
  name: 'a.bin',
  localPath: '/home/me/Downloads',
  itemCount: 1,
};
const live: TransferTaskLive = {
  bytesPerSecond: 50,
  itemsPerSecond: 1,
  stalled: false,
  endedAt: '2026-01-01T00:01:00.000Z',
};

const inState = (id: string, state: TransferState, patch: Partial<TransferJob> = {}) =>
  job(id, { state, ...patch });
const record = (jobs: TransferJob[], facts = upload, now = live) =>
  transferTaskRecord(facts, jobs, now);

describe('a transfer task record from its jobs', () => {
  it('takes its state from every mix of job states, in the contract’s order', () => {
    const asking = { key: 'in/a.bin', localPath: null };
    const cases: [TransferJob[], string][] = [
      // A question outranks everything, even running work.
      [[inState('a', 'running', { conflict: asking }), inState('b', 'running')], 'waiting'],
      [[inState('a', 'running'), inState('b', 'queued'), inState('c', 'failed')], 'running'],
      [[inState('a', 'queued'), inState('b', 'paused'), inState('c', 'succeeded')], 'queued'],
      [[inState('a', 'paused'), inState('b', 'failed')], 'paused'],
      [[inState('a', 'failed'), inState('b', 'canceled'), inState('c', 'succeeded')], 'failed'],
      [[inState('a', 'canceled'), inState('b', 'canceled')], 'canceled'],
      [[inState('a', 'canceled'), inState('b', 'succeeded')], 'canceled'],
      [[inState('a', 'succeeded')], 'succeeded'],
      // Every key refused: nothing was left to do.
      [[], 'succeeded'],
    ];
    for (const [jobs, state] of cases)
      expect(record(jobs).state, jobs.map((j) => j.state).join('+')).toBe(state);
    expect(record([inState('a', 'running')], upload, { ...live, stalled: true }).state).toBe(
      'stalled',
    );
  });

  it('offers the controls of its state, for every job that allows them', () => {
    const controls = (jobs: TransferJob[]) => record(jobs).controls;
    expect(
      controls([inState('a', 'running', { conflict: { key: 'k', localPath: null } })]),
    ).toEqual(['pause', 'cancel']);
    expect(controls([inState('a', 'queued')])).toEqual(['pause', 'cancel']);
    expect(controls([inState('a', 'paused'), inState('b', 'succeeded')])).toEqual([
      'resume',
      'cancel',
    ]);
    expect(controls([inState('a', 'failed')])).toEqual(['retry', 'cancel']);
    expect(controls([inState('a', 'succeeded')])).toEqual([]);
    expect(controls([inState('a', 'canceled')])).toEqual([]);
  });

  it('adds up files and bytes, with no totals while a folder is still being counted', () => {
    const jobs = [
      inState('a', 'running', { bytesDone: 40, bytesTotal: 100, filesDone: 0, filesTotal: 1 }),
      inState('b', 'running', {
        kind: 'folder',
        bytesDone: 10,
        bytesTotal: 30,
        filesDone: 2,
        filesTotal: 5,
        totalsKnown: false,
      }),
    ];
    expect(record(jobs)).toMatchObject({
      itemsDone: 2,
      itemsTotal: null,
      bytesDone: 50,
      bytesTotal: null,
      etaSeconds: null,
    });
    const counted = [jobs[0]!, { ...jobs[1]!, totalsKnown: true }];
    expect(record(counted)).toMatchObject({
      itemsTotal: 6,
      bytesTotal: 130,
      bytesPerSecond: 50,
      itemsPerSecond: 1,
      etaSeconds: 2,
    });
    // Rates mean nothing once nothing moves.
    const paused = record(counted.map((j) => ({ ...j, state: 'paused' as const })));
    expect(paused).toMatchObject({ bytesPerSecond: 0, itemsPerSecond: 0, etaSeconds: null });
  });

  it('lists refused keys and failed files as problems, the first failure as its error', () => {
    const error = { code: 'AccessDenied' as const, message: 'Access Denied' };
    const facts = { ...download, refused: [{ key: 'x/..', reason: 'climbs out' }] };
    const jobs = [
      inState('a', 'failed', { key: 'in/a.bin', error }),
      inState('b', 'succeeded', {
        kind: 'folder',
        refused: [{ key: 'in/f/../../x', reason: 'climbs out' }],
        refusedCount: 3,
      }),
    ];
    const built = record(jobs, facts);
    expect(built.problems).toEqual([
      { item: 'x/..', code: 'Refused', message: 'climbs out' },
      { item: 'in/a.bin', code: 'AccessDenied', message: 'Access Denied' },
      { item: 'in/f/../../x', code: 'Refused', message: 'climbs out' },
    ]);
    // The folder refused two more than it names.
    expect(built.problemCount).toBe(5);
    expect(built.error).toEqual(error);
    // Retried and running again: the old failure is no longer the task's error.
    expect(record([inState('a', 'queued'), jobs[1]!], facts).error).toBeNull();
  });

  it('names at most MAX_TASK_PROBLEMS problems and counts them all', () => {
    const refused = Array.from({ length: MAX_TASK_PROBLEMS + 5 }, (_, i) => ({
      key: `k${i}`,
      reason: 'no',
    }));
    const built = record([inState('a', 'succeeded')], { ...download, refused });
    expect(built.problems).toHaveLength(MAX_TASK_PROBLEMS);
    expect(built.problemCount).toBe(MAX_TASK_PROBLEMS + 5);
  });

  it('asks the question of the first job that asks, and only while waiting', () => {
    const jobs = [
      inState('a', 'running'),
      inState('b', 'running', {
        conflict: { key: 'in/b.bin', localPath: '/d/b.bin', coversOthers: true },
      }),
    ];
    expect(record(jobs).question).toEqual({
      item: 'in/b.bin',
      localPath: '/d/b.bin',
      coversOthers: true,
    });
    const alone = [inState('a', 'running', { conflict: { key: 'in/a.bin', localPath: null } })];
    expect(record(alone).question).toEqual({
      item: 'in/a.bin',
      localPath: null,
      coversOthers: false,
    });
    expect(record([inState('a', 'running')]).question).toBeNull();
  });

  it('shows what the row needs: name, items, place, skipped, checks, and whether it opens', () => {
    const done = inState('a', 'succeeded', { direction: 'download', checks: { md5: 1 } });
    expect(record([done], download).transfer).toEqual({
      name: 'a.bin',
      itemCount: 1,
      localPath: '/home/me/Downloads',
      skipped: 0,
      checks: { md5: 1 },
      openable: true,
    });
    const two = [
      { ...done, checks: { md5: 1 } },
      inState('b', 'succeeded', { checks: { md5: 2, sha256: 1 }, skippedCount: 1 }),
    ];
    expect(record(two, download).transfer).toMatchObject({
      skipped: 1,
      checks: { md5: 3, sha256: 1 },
      openable: false,
    });
    // Only a succeeded download of one file Holdall wrote opens.
    expect(record([done], upload).transfer?.openable).toBe(false);
    expect(record([{ ...done, kind: 'folder' }], download).transfer?.openable).toBe(false);
    expect(record([{ ...done, skippedCount: 1 }], download).transfer?.openable).toBe(false);
    expect(record([{ ...done, state: 'running' }], download).transfer?.openable).toBe(false);
  });

  it('has an end time only once it has ended', () => {
    expect(record([inState('a', 'succeeded')]).endedAt).toBe(live.endedAt);
    expect(record([inState('a', 'running')]).endedAt).toBeNull();
  });
});
