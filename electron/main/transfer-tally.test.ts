import { describe, expect, it } from 'vitest';
import { transferTask } from '../core/transfers/test-support/transfer-task-records.js';
import { TransferTally } from './transfer-tally.js';

describe('taskbar progress over running transfer tasks', () => {
  it('shows no bar with nothing running', () => {
    const tally = new TransferTally();
    expect(tally.progress()).toEqual({ kind: 'none' });
    tally.observe(transferTask('a', { state: 'paused' }));
    expect(tally.progress()).toEqual({ kind: 'none' });
  });

  it('adds the bytes of every running task, and clears when the last one ends', () => {
    const tally = new TransferTally();
    tally.observe(transferTask('a', { state: 'queued', bytesTotal: 100 }));
    tally.observe(transferTask('b', { state: 'running', bytesTotal: 300 }));
    tally.observe(transferTask('a', { state: 'running', bytesDone: 50, bytesTotal: 100 }));
    tally.observe(transferTask('b', { state: 'waiting', bytesDone: 150, bytesTotal: 300 }));
    expect(tally.progress()).toEqual({ kind: 'fraction', value: 0.5 });
    // "a" finishing keeps its bytes: the bar does not run backwards.
    tally.observe(transferTask('a', { state: 'succeeded', bytesDone: 100, bytesTotal: 100 }));
    expect(tally.progress()).toEqual({ kind: 'fraction', value: 250 / 400 });
    tally.observe(transferTask('b', { state: 'succeeded', bytesDone: 300, bytesTotal: 300 }));
    expect(tally.progress()).toEqual({ kind: 'none' });
    // The next transfer starts a bar of its own.
    tally.observe(transferTask('c', { state: 'running', bytesTotal: 10 }));
    expect(tally.progress()).toEqual({ kind: 'fraction', value: 0 });
  });

  it('drops a failed or canceled task from the sum, and a paused one stops counting as running', () => {
    const tally = new TransferTally();
    tally.observe(transferTask('a', { bytesTotal: 100 }));
    tally.observe(transferTask('b', { bytesTotal: 100, bytesDone: 40 }));
    tally.observe(transferTask('a', { state: 'failed', bytesDone: 10 }));
    expect(tally.progress()).toEqual({ kind: 'fraction', value: 0.4 });
    tally.observe(transferTask('b', { state: 'paused', bytesDone: 40 }));
    expect(tally.progress()).toEqual({ kind: 'none' });
  });

  it('moves without a fraction while a folder is being counted or sizes are unknown', () => {
    const tally = new TransferTally();
    tally.observe(transferTask('a', { bytesTotal: null, bytesDone: 5 }));
    expect(tally.progress()).toEqual({ kind: 'indeterminate' });
    tally.observe(transferTask('a', { bytesTotal: 0 }));
    expect(tally.progress()).toEqual({ kind: 'indeterminate' });
  });

  it('ignores other kinds of task, and keeps the fraction within 0..1', () => {
    const tally = new TransferTally();
    tally.observe(
      transferTask('del', {
        spec: { kind: 'delete', profileId: 'p1', bucket: 'b', keys: [], prefixes: ['a/'] },
      }),
    );
    expect(tally.progress()).toEqual({ kind: 'none' });
    tally.observe(transferTask('a', { bytesDone: 500, bytesTotal: 100 }));
    expect(tally.progress()).toEqual({ kind: 'fraction', value: 1 });
  });
});
