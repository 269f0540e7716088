import type { TransferJob } from '../../../../shared/domain/transfer-job.js';
import { describe, expect, it } from 'vitest';
import {
  actionsFor,
  applyProgress,
  insertNewJobs,
  isStalled,
  jobName,
  STALLED_AFTER_MS,
  summarize,
  upsertJobs,
  withoutFinished,
} from './transfer-rows.js';
import { job } from '../../../../shared/domain/test-jobs.js';

const progress = (id: string, bytesDone: number) => ({
  id,
  bytesDone,
  bytesTotal: 100,
  rateBytesPerSec: 50,
  etaSeconds: 2,
});

describe('panel reducers', () => {
  it('appends new jobs and replaces known ones in place', () => {
    const rows = upsertJobs([], [job('job-0001'), job('job-0002')]);
    const next = upsertJobs(rows, [job('job-0001', { bytesDone: 40 }), job('job-0003')]);
    expect(next.map((r) => [r.id, r.bytesDone])).toEqual([
      ['job-0001', 40],
      ['job-0002', 0],
      ['job-0003', 0],
    ]);
    expect(rows[0]?.bytesDone).toBe(0);
  });

  it('applies progress with the rate, and keeps the rate across running snapshots only', () => {
    const rows = upsertJobs([], [job('job-0001')]);
    const moved = applyProgress(rows, progress('job-0001', 60));
    expect(moved?.[0]).toMatchObject({ bytesDone: 60, rateBytesPerSec: 50, etaSeconds: 2 });
    const stillRunning = upsertJobs(moved ?? [], [job('job-0001', { bytesDone: 70 })]);
    expect(stillRunning[0]).toMatchObject({ bytesDone: 70, rateBytesPerSec: 50 });
    const paused = upsertJobs(moved ?? [], [job('job-0001', { state: 'paused' })]);
    expect(paused[0]).toMatchObject({ rateBytesPerSec: null, etaSeconds: null });
  });

  it('shows a running job as stalled once its bytes stop moving, until they move again', () => {
    const rows = upsertJobs([], [job('job-0001')]);
    const moved = applyProgress(rows, progress('job-0001', 60), 1_000) ?? [];
    const row = () => moved[0] as NonNullable<(typeof moved)[0]>;
    expect(isStalled(row(), 1_000 + STALLED_AFTER_MS - 1)).toBe(false);
    expect(isStalled(row(), 1_000 + STALLED_AFTER_MS)).toBe(true);
    // The same bytes again are no movement; a retry taking bytes back is.
    const same = applyProgress(moved, progress('job-0001', 60), 20_000) ?? [];
    expect(isStalled(same[0] ?? row(), 20_000)).toBe(true);
    const retried = applyProgress(same, progress('job-0001', 40), 20_000) ?? [];
    expect(isStalled(retried[0] ?? row(), 20_000)).toBe(false);
    const paused = upsertJobs(moved, [job('job-0001', { state: 'paused', bytesDone: 60 })]);
    expect(isStalled(paused[0] ?? row(), 1_000 + 10 * STALLED_AFTER_MS)).toBe(false);
    const asking = upsertJobs(moved, [
      job('job-0001', { bytesDone: 60, conflict: { key: 'k', localPath: null } }),
    ]);
    expect(isStalled(asking[0] ?? row(), 1_000 + 10 * STALLED_AFTER_MS)).toBe(false);
  });

  it('takes only new jobs from replies, so a late reply never rolls a job back', () => {
    const rows = upsertJobs([], [job('job-0001', { state: 'succeeded', bytesDone: 100 })]);
    const next = insertNewJobs(rows, [job('job-0001', { state: 'queued' }), job('job-0002')]);
    expect(next.map((r) => [r.id, r.state])).toEqual([
      ['job-0001', 'succeeded'],
      ['job-0002', 'running'],
    ]);
  });

  it('says when progress names a job it does not know', () => {
    expect(applyProgress([], progress('job-0009', 1))).toBeUndefined();
  });

  it('ignores late progress for a job that already stopped', () => {
    const rows = upsertJobs([], [job('job-0001', { state: 'succeeded', bytesDone: 100 })]);
    expect(applyProgress(rows, progress('job-0001', 60))?.[0]?.bytesDone).toBe(100);
  });

  it('keeps folder counts unless the event carries new ones', () => {
    const rows = upsertJobs([], [job('job-0001', { kind: 'folder', filesDone: 2, filesTotal: 5 })]);
    expect(applyProgress(rows, progress('job-0001', 1))?.[0]).toMatchObject({
      filesDone: 2,
      filesTotal: 5,
    });
    expect(
      applyProgress(rows, { ...progress('job-0001', 1), filesDone: 3, filesTotal: 6 })?.[0],
    ).toMatchObject({ filesDone: 3, filesTotal: 6 });
  });

  it('clears succeeded and canceled jobs but keeps failed ones, like the host', () => {
    const rows = upsertJobs(
      [],
      ['succeeded', 'canceled', 'failed', 'paused', 'running'].map((state, i) =>
        job(`job-000${i}`, { state: state as TransferJob['state'] }),
      ),
    );
    expect(withoutFinished(rows).map((r) => r.state)).toEqual(['failed', 'paused', 'running']);
    expect(summarize(rows)).toEqual({ active: 1, paused: 1, failed: 1, finished: 2 });
  });
});

describe('jobName and actionsFor', () => {
  it('names jobs after the key the host built: the file or folder name', () => {
    expect(
      jobName(job('a', { key: 'in/photos/', localPath: '/spool/d/photos', kind: 'folder' })),
    ).toBe('photos');
    expect(jobName(job('a', { key: 'x.txt', localPath: 'C:\\Users\\me\\x.txt' }))).toBe('x.txt');
    // On Linux a backslash is part of the name, and the host's key says so.
    expect(jobName(job('a', { key: 'in/back\\slash.txt', localPath: '/d/back\\slash.txt' }))).toBe(
      'back\\slash.txt',
    );
    expect(jobName(job('a', { direction: 'download', key: 'docs/' }))).toBe('docs');
    expect(jobName(job('a', { direction: 'download', key: 'docs/a.md' }))).toBe('a.md');
    expect(jobName(job('a', { direction: 'download', key: '', kind: 'folder' }))).toBe('/');
  });

  it('offers only what the host’s state machine allows', () => {
    expect(actionsFor('running')).toEqual(['pause', 'cancel']);
    expect(actionsFor('paused')).toEqual(['resume', 'cancel']);
    expect(actionsFor('failed')).toEqual(['retry', 'cancel']);
    expect(actionsFor('succeeded')).toEqual([]);
    expect(actionsFor('canceled')).toEqual([]);
  });
});
