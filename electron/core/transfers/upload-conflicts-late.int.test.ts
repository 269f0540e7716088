import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import type { S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminClient, createTestBucket } from '../../../e2e/fixtures/s3.js';
import type { TestBucket } from '../../../e2e/fixtures/s3.js';
import { bucketReads, enqueueIn } from './test-support/bucket-reads.js';
import { harness, openUploads } from './test-support/queue-harness.js';
import { wrapRequests } from './test-support/object-requests.js';
import type { Harness } from './test-support/queue-harness.js';
import { randomFile, tempDir } from './test-files.js';

const MiB = 1024 * 1024;
const admin = adminClient();
let bucket: TestBucket;

beforeAll(async () => {
  bucket = await createTestBucket(admin, 'up-late');
});
afterAll(async () => {
  await bucket.remove();
  admin.destroy();
});

const { text, keysUnder } = bucketReads(admin, () => bucket.name);

/** Another client writes `key` right after the queue's listing answered, before any upload. */
function arrivesAfterListing(client: S3Client, key: string): void {
  let done = false;
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const out = await next(args);
      if (context.commandName === 'ListObjectsV2Command' && !done) {
        done = true;
        await admin.send(
          new PutObjectCommand({ Bucket: bucket.name, Key: key, Body: 'arrived later' }),
        );
      }
      return out;
    },
    { step: 'initialize', name: `arrives-${key}` },
  );
}

/** Holds the nth PutObject until released, so a test can stop the queue at that point. */
function holdPut(client: S3Client, nth: number): { reached: Promise<void>; release: () => void } {
  let puts = 0;
  let reach = (): void => undefined;
  let release = (): void => undefined;
  const reached = new Promise<void>((resolve) => (reach = resolve));
  const released = new Promise<void>((resolve) => (release = resolve));
  wrapRequests(client, async ({ commandName }, next) => {
    if (commandName === 'PutObjectCommand' && ++puts === nth) {
      reach();
      await released;
    }
    return next();
  });
  return { reached, release };
}

/** The app dies at the held request: requests stop, the journal stays as it is. */
async function dieAt(h: Harness, held: ReturnType<typeof holdPut>): Promise<void> {
  await held.reached;
  const closing = h.close();
  held.release();
  await closing;
}

async function withHarness(
  options: Parameters<typeof harness>[1],
  run: (h: Harness) => Promise<void>,
): Promise<void> {
  const h = harness(await tempDir('journal'), options);
  try {
    await run(h);
  } finally {
    await h.close();
  }
}

describe('a name that appears after the listing (If-None-Match: *)', () => {
  it('a single PUT does not replace it: "skip" leaves the newcomer as it is', async () => {
    await withHarness({}, async (h) => {
      const dir = await tempDir('late-single');
      await writeFile(join(dir, 'late.txt'), 'local late');
      arrivesAfterListing(h.client, 'late/late.txt');
      const [job] = await enqueueIn(h, bucket.name, 'late/', [join(dir, 'late.txt')], 'skip');
      expect(await h.queue.settled(job?.id ?? '')).toMatchObject({
        state: 'succeeded',
        skippedCount: 1,
      });
      expect(await text('late/late.txt')).toBe('arrived later');
    });
  });

  it('"ask" asks about it after all, and "keep both" then stores beside it', async () => {
    await withHarness({}, async (h) => {
      const dir = await tempDir('late-ask');
      await writeFile(join(dir, 'q.txt'), 'local q');
      arrivesAfterListing(h.client, 'lateask/q.txt');
      const [job] = await enqueueIn(h, bucket.name, 'lateask/', [join(dir, 'q.txt')], 'ask');
      const asking = await h.waitFor((j) => j.id === job?.id && j.conflict !== null);
      expect(asking.conflict?.key).toBe('lateask/q.txt');
      await h.queue.resolveConflict(asking.id, 'keepBoth');
      expect(await h.queue.settled(asking.id)).toMatchObject({
        state: 'succeeded',
        key: 'lateask/q (1).txt',
      });
      expect(await text('lateask/q.txt')).toBe('arrived later');
      expect(await text('lateask/q (1).txt')).toBe('local q');
    });
  });

  it('a multipart upload does not replace it either, and leaves no upload open', async () => {
    await withHarness(
      { plan: { multipartThreshold: 5 * MiB, minPartSize: 5 * MiB } },
      async (h) => {
        const dir = await tempDir('late-multi');
        await randomFile(dir, 'big.bin', 6 * MiB);
        arrivesAfterListing(h.client, 'latemp/big.bin');
        const [job] = await enqueueIn(h, bucket.name, 'latemp/', [join(dir, 'big.bin')], 'skip');
        expect(await h.queue.settled(job?.id ?? '')).toMatchObject({
          state: 'succeeded',
          skippedCount: 1,
        });
        expect(h.counts.get('UploadPartCommand')).toBe(2);
        expect(await text('latemp/big.bin')).toBe('arrived later');
        expect(await openUploads(admin, bucket.name, 'latemp/big.bin')).toEqual([]);
      },
    );
  }, 60_000);
});

describe('the policy survives', () => {
  it('a pause and resume: a "skip" upload still skips', async () => {
    await withHarness({ settings: { concurrency: 1 } }, async (h) => {
      const root = join(await tempDir('pause-tree'), 'set');
      await mkdir(root);
      for (let i = 0; i < 6; i++) await writeFile(join(root, `f${i}.txt`), `local f${i}`);
      await bucket.put({ 'pause/set/f4.txt': 'server f4' });
      const held = holdPut(h.client, 2);
      const [job] = await enqueueIn(h, bucket.name, 'pause/', [root], 'skip');
      const id = job?.id ?? '';
      await held.reached;
      const pausing = h.queue.pause({ id });
      held.release();
      await pausing;
      expect(h.queue.get(id)).toMatchObject({ state: 'paused', conflictPolicy: 'skip' });
      await h.queue.resume({ id });
      expect(await h.queue.settled(id)).toMatchObject({ state: 'succeeded', skippedCount: 1 });
      expect(await text('pause/set/f4.txt')).toBe('server f4');
      expect(await text('pause/set/f5.txt')).toBe('local f5');
    });
  });

  it('a restart: the restored folder upload keeps "skip" for the files it had not reached', async () => {
    const root = join(await tempDir('restart-policy'), 'docs');
    await mkdir(root);
    for (let i = 0; i < 30; i++)
      await writeFile(join(root, `f${String(i).padStart(2, '0')}.txt`), `local ${i}`);
    await bucket.put({ 'rp/docs/f25.txt': 'server 25' });
    const journalDir = await tempDir('journal');
    const first = harness(journalDir, { settings: { concurrency: 1 } });
    const held = holdPut(first.client, 6);
    const [job] = await enqueueIn(first, bucket.name, 'rp/', [root], 'skip');
    // The app dies after five files.
    await dieAt(first, held);
    expect(await text('rp/docs/f25.txt')).toBe('server 25');

    const second = harness(journalDir);
    try {
      const [restored] = await second.queue.restore();
      expect(restored).toMatchObject({ id: job?.id, conflictPolicy: 'skip' });
      const done = await second.queue.settled(job?.id ?? '');
      expect(done).toMatchObject({ state: 'succeeded', filesDone: 30 });
      expect(second.states.some((s) => s.conflict !== null)).toBe(false);
      expect(await text('rp/docs/f25.txt')).toBe('server 25');
      expect(await keysUnder('rp/docs/')).toHaveLength(30);
    } finally {
      await second.close();
    }
  }, 60_000);

  it('a restart: an "apply to all" answer given before it still holds for the folder', async () => {
    const root = join(await tempDir('restart-answer'), 'pics');
    await mkdir(root);
    for (let i = 0; i < 20; i++)
      await writeFile(join(root, `p${String(i).padStart(2, '0')}.txt`), `local ${i}`);
    await bucket.put({ 'ra/pics/p01.txt': 'server 01', 'ra/pics/p15.txt': 'server 15' });
    const journalDir = await tempDir('journal');
    const first = harness(journalDir, { settings: { concurrency: 1 } });
    const held = holdPut(first.client, 5);
    const [job] = await enqueueIn(first, bucket.name, 'ra/', [root], 'ask');
    const asking = await first.waitFor((j) => j.id === job?.id && j.conflict !== null);
    expect(asking.conflict).toMatchObject({ key: 'ra/pics/p01.txt', coversOthers: true });
    await first.queue.resolveConflict(asking.id, 'skip', true);
    await dieAt(first, held);

    const second = harness(journalDir);
    try {
      const [restored] = await second.queue.restore();
      expect(restored).toMatchObject({ id: job?.id, conflictPolicy: 'skip' });
      const done = await second.queue.settled(job?.id ?? '');
      expect(done).toMatchObject({ state: 'succeeded', filesDone: 20 });
      expect(second.states.some((s) => s.conflict !== null)).toBe(false);
      expect(await text('ra/pics/p01.txt')).toBe('server 01');
      expect(await text('ra/pics/p15.txt')).toBe('server 15');
      expect(await keysUnder('ra/pics/')).toHaveLength(20);
    } finally {
      await second.close();
    }
  }, 60_000);
});
