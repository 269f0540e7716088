import { describe, expect, it } from 'vitest';
import type { WalkedFile, WalkSkip } from '../core/transfers/folder-walk.js';
import { DropFeed } from './spool-feed.js';

const entry = (relativeKey: string, size = 1) => ({
  path: `/s/d/top/${relativeKey}`,
  relativeKey,
  size,
});

async function walk(feed: DropFeed, signal = new AbortController().signal) {
  const files: string[] = [];
  const skips: WalkSkip[] = [];
  for await (const file of feed.files(signal, (s) => skips.push(s)) as AsyncIterable<WalkedFile>)
    files.push(file.relativeKey);
  return { files, skips };
}

describe('a dropped folder walked while the page sends it', () => {
  it('yields each file once it landed, in the order walkFolder gives, and knows its totals first', async () => {
    const feed = new DropFeed('top', [entry('b.bin', 2), entry('a/z.bin', 3), entry('a.txt', 4)]);
    expect(feed.totals()).toEqual({ files: 3, bytes: 9 });
    expect(feed.paths.map((p) => p.slice('/s/d/top/'.length))).toEqual([
      'a/z.bin',
      'a.txt',
      'b.bin',
    ]);
    const walking = walk(feed);
    // Out of order: the walk holds b.bin back until what comes before it has landed.
    feed.landed('/s/d/top/b.bin', 2, 1);
    feed.landed('/s/d/top/a/z.bin', 3, 1);
    expect(feed.complete).toBe(false);
    feed.landed('/s/d/top/a.txt', 4, 1);
    expect(feed.complete).toBe(true);
    expect(await walking).toEqual({ files: ['a/z.bin', 'a.txt', 'b.bin'], skips: [] });
  });

  it('reports a file that never arrived whole and goes on with the rest', async () => {
    const feed = new DropFeed('top', [entry('a.bin'), entry('b.bin')]);
    expect(feed.expects('/s/d/top/a.bin')).toBe(true);
    feed.failed('/s/d/top/a.bin', 'the page could not send it: aborted');
    expect(feed.expects('/s/d/top/a.bin')).toBe(false);
    feed.landed('/s/d/top/b.bin', 1, 1);
    expect(await walk(feed)).toEqual({
      files: ['b.bin'],
      skips: [{ relativeKey: 'a.bin', reason: 'the page could not send it: aborted' }],
    });
    // A failed file keeps the drop from counting as whole, so a restart does not take it as all.
    expect(feed.complete).toBe(false);
  });

  it('stops with an error naming the folder when the page goes quiet, and again on a retry', async () => {
    const feed = new DropFeed('photos', [entry('a.bin'), entry('b.bin')], 50);
    feed.landed('/s/d/top/a.bin', 1, 1);
    await expect(walk(feed)).rejects.toThrow(/stopped sending "photos": 1 of 2 files arrived/);
    await expect(walk(feed)).rejects.toThrow(/1 of 2 files arrived/);
  });

  it('ends a walk that is aborted while it waits', async () => {
    const feed = new DropFeed('top', [entry('a.bin')]);
    const stop = new AbortController();
    const walking = walk(feed, stop.signal);
    stop.abort(new Error('paused'));
    await expect(walking).rejects.toThrow('paused');
  });
});
