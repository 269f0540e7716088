import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminClient, createTestBucket } from '../../../e2e/fixtures/s3.js';
import type { TestBucket } from '../../../e2e/fixtures/s3.js';
import { createS3Client } from '../s3/client-factory.js';
import { testSettings } from '../test-support.js';
import { DestinationKeys } from './existence-lookup.js';
import type { LookupContext } from './existence-lookup.js';
import { RequestLimiter } from './request-limiter.js';
import { commandCounts } from './test-support/queue-harness.js';

const admin = adminClient();
const client = createS3Client(testSettings(), { maxAttempts: 1 });
const counts = commandCounts(client);
let bucket: TestBucket;
let ctx: LookupContext;

beforeAll(async () => {
  bucket = await createTestBucket(admin, 'exists');
  ctx = {
    client,
    limiter: new RequestLimiter(4),
    bucket: bucket.name,
    signal: new AbortController().signal,
  };
  await bucket.put({
    'd/a.txt': 'aa',
    'd/b.txt': 'bbb',
    'd/c.txt': 'c',
    'd/deep/x.txt': 'x',
    'd/e.txt': 'eeeee',
    'd/f.txt': 'f',
  });
});
afterAll(async () => {
  await bucket.remove();
  admin.destroy();
  client.destroy();
});

function sent(): { list: number; head: number } {
  return {
    list: counts.get('ListObjectsV2Command') ?? 0,
    head: counts.get('HeadObjectCommand') ?? 0,
  };
}

function delta(before: { list: number; head: number }) {
  const now = sent();
  return { list: now.list - before.list, head: now.head - before.head };
}

describe('DestinationKeys against RGW', () => {
  it('answers many keys from one listing of the keys directly under a folder', async () => {
    const before = sent();
    const keys = new DestinationKeys('d/', true);
    const found = await Promise.all(
      ['d/a.txt', 'd/b.txt', 'd/zzz.txt', 'd/e.txt', 'd/nope.txt'].map((k) => keys.find(ctx, k)),
    );
    expect(found.map((f) => f?.size)).toEqual([2, 3, undefined, 5, undefined]);
    expect(delta(before)).toEqual({ list: 1, head: 0 });
  });

  it('past its memory bound, answers listed keys from the listing and later ones by HEAD', async () => {
    const before = sent();
    // Two pages of two: the listing knows d/a.txt … d/c.txt and the folder d/deep/, no more.
    const keys = new DestinationKeys('d/', true, 4, 2);
    expect((await keys.find(ctx, 'd/b.txt'))?.size).toBe(3);
    expect(await keys.find(ctx, 'd/bb.txt')).toBeUndefined();
    expect(delta(before)).toEqual({ list: 2, head: 0 });
    expect((await keys.find(ctx, 'd/e.txt'))?.size).toBe(5);
    expect(await keys.find(ctx, 'd/g.txt')).toBeUndefined();
    expect(delta(before)).toEqual({ list: 2, head: 2 });
  });

  it('a whole-tree lookup sees deeper keys; a direct one asks HEAD about them', async () => {
    const tree = new DestinationKeys('d/', false);
    const before = sent();
    expect((await tree.find(ctx, 'd/deep/x.txt'))?.size).toBe(1);
    expect(delta(before)).toEqual({ list: 1, head: 0 });
    const direct = new DestinationKeys('d/', true);
    const again = sent();
    expect((await direct.find(ctx, 'd/deep/x.txt'))?.size).toBe(1);
    expect(delta(again)).toEqual({ list: 0, head: 1 });
  });

  it('"keep both" names avoid existing keys, each other and planned names', async () => {
    await bucket.put({ 'k/r.txt': 'r', 'k/r (1).txt': 'r1' });
    const keys = new DestinationKeys('k/', true);
    const planned = (key: string) => Promise.resolve(key === 'k/r (2).txt');
    const names = await Promise.all([
      keys.claimFreeName(ctx, 'k/r.txt', planned),
      keys.claimFreeName(ctx, 'k/r.txt', planned),
    ]);
    expect(names.sort()).toEqual(['k/r (3).txt', 'k/r (4).txt']);
  });

  it('an empty destination costs one request and finds nothing', async () => {
    const before = sent();
    const keys = new DestinationKeys('nothing-here/', false);
    expect(await keys.find(ctx, 'nothing-here/a')).toBeUndefined();
    expect(await keys.find(ctx, 'nothing-here/b/c')).toBeUndefined();
    expect(delta(before)).toEqual({ list: 1, head: 0 });
  });
});
