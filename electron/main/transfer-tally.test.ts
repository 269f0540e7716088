import { describe, expect, it } from 'vitest';
import { job } from '../../shared/domain/test-jobs.js';
import { TransferTally } from './transfer-tally.js';

const progress = (id: string, bytesDone: number, bytesTotal: number) => ({
  id,
  bytesDone,
  bytesTotal,
  rateBytesPerSec: 1,
  etaSeconds: null,
});

describe('taskbar progress over running transfers', () => {
  it('shows no bar with nothing running', () => {
    const tally = new TransferTally();
    expect(tally.progress()).toEqual({ kind: 'none' });
    tally.observeState(job('a', { state: 'paused' }));
    expect(tally.progress()).toEqual({ kind: 'none' });
  });

  it('adds the bytes of every running job, and clears when the last one ends', () => {
    const tally = new TransferTally();
    tally.observeState(job('a', { state: 'queued', bytesTotal: 100 }));
    tally.observeState(job('b', { state: 'running', bytesTotal: 300 }));
    tally.observeProgress(progress('a', 50, 100));
    tally.observeProgress(progress('b', 150, 300));
    expect(tally.progress()).toEqual({ kind: 'fraction', value: 0.5 });
    // "a" finishing keeps its bytes: the bar does not run backwards.
    tally.observeState(job('a', { state: 'succeeded', bytesDone: 100, bytesTotal: 100 }));
    expect(tally.progress()).toEqual({ kind: 'fraction', value: 250 / 400 });
    tally.observeState(job('b', { state: 'succeeded', bytesDone: 300, bytesTotal: 300 }));
    expect(tally.progress()).toEqual({ kind: 'none' });
    // The next transfer starts a bar of its own.
    tally.observeState(job('c', { state: 'running', bytesTotal: 10 }));
    expect(tally.progress()).toEqual({ kind: 'fraction', value: 0 });
  });

  it('drops a failed or canceled job from the sum, and a paused one stops counting as running', () => {
    const tally = new TransferTally();
    tally.observeState(job('a', { bytesTotal: 100 }));
    tally.observeState(job('b', { bytesTotal: 100 }));
    tally.observeProgress(progress('b', 40, 100));
    tally.observeState(job('a', { state: 'failed', bytesDone: 10 }));
    expect(tally.progress()).toEqual({ kind: 'fraction', value: 0.4 });
    tally.observeState(job('b', { state: 'paused', bytesDone: 40 }));
    expect(tally.progress()).toEqual({ kind: 'none' });
  });

  it('moves without a fraction while a folder is being counted or sizes are unknown', () => {
    const tally = new TransferTally();
    tally.observeState(job('a', { kind: 'folder', totalsKnown: false, bytesTotal: 5 }));
    expect(tally.progress()).toEqual({ kind: 'indeterminate' });
    tally.observeState(job('a', { kind: 'folder', totalsKnown: true, bytesTotal: 0 }));
    expect(tally.progress()).toEqual({ kind: 'indeterminate' });
  });

  it('ignores progress for jobs it never saw start, and keeps the fraction within 0..1', () => {
    const tally = new TransferTally();
    tally.observeProgress(progress('ghost', 5, 10));
    expect(tally.progress()).toEqual({ kind: 'none' });
    tally.observeState(job('a', { bytesTotal: 100 }));
    tally.observeProgress(progress('a', 500, 100));
    expect(tally.progress()).toEqual({ kind: 'fraction', value: 1 });
  });
});
