import { describe, expect, it } from 'vitest';
import { onWatchDownloads, takeEnded, watchDownloads } from './finished-downloads.js';

describe('takeEnded', () => {
  it('answers each watched download once when it ends, and never an unwatched one', () => {
    watchDownloads([{ id: 'watched-1' }, { id: 'watched-2' }]);
    const running = [
      { id: 'watched-1', state: 'running' as const },
      { id: 'watched-2', state: 'queued' as const },
      { id: 'elsewhere', state: 'succeeded' as const },
    ];
    expect(takeEnded(running)).toEqual([]);
    const ended = [
      { id: 'watched-1', state: 'succeeded' as const },
      { id: 'watched-2', state: 'failed' as const },
      { id: 'elsewhere', state: 'succeeded' as const },
    ];
    expect(takeEnded(ended).map((job) => job.id)).toEqual(['watched-1', 'watched-2']);
    // The list keeps them; they are not confirmed twice.
    expect(takeEnded(ended)).toEqual([]);
  });
});

describe('watchDownloads', () => {
  it('has the list looked at again, for a download that ended before it was watched', () => {
    const ended = [{ id: 'fast-one', state: 'succeeded' as const }];
    // Its last event came first: nothing watched it yet.
    expect(takeEnded(ended)).toEqual([]);
    const seen: string[][] = [];
    const stop = onWatchDownloads(() => seen.push(takeEnded(ended).map((job) => job.id)));
    watchDownloads([{ id: 'fast-one' }]);
    stop();
    expect(seen).toEqual([['fast-one']]);
  });
});
