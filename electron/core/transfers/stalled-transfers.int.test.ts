import { randomBytes, createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFaultProxy } from '../../../e2e/fixtures/fault-proxy.js';
import type { FaultPlan, FaultProxy } from '../../../e2e/fixtures/fault-proxy.js';
import { adminClient, createTestBucket } from '../../../e2e/fixtures/s3.js';
import type { TestBucket } from '../../../e2e/fixtures/s3.js';
import { testSettings } from '../test-support.js';
import { harness, PROFILE } from './test-support/queue-harness.js';
import type { Harness } from './test-support/queue-harness.js';
import { objectSha256, randomFile, tempDir } from './test-files.js';

const MiB = 1024 * 1024;
/** Seconds: short deadlines, so a stall costs the test a second, not a minute. */
const timeouts = { headers: 2, idle: 1 };
/** One stall, its deadline, the retry's backoff and the transfer itself fit easily in this. */
const MAX_MS = 20_000;

const admin = adminClient();
let bucket: TestBucket;
let dir: string;

beforeAll(async () => {
  bucket = await createTestBucket(admin, 'stalls');
  dir = await tempDir('stalls');
});
afterAll(async () => {
  await bucket.remove();
  admin.destroy();
});

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A queue whose client goes through a fault proxy in front of RGW. */
async function throughProxy(plan: FaultPlan): Promise<{ h: Harness; proxy: FaultProxy }> {
  const target = new URL(testSettings().endpoint);
  const proxy = await startFaultProxy({ host: target.hostname, port: Number(target.port) }, plan);
  const h = harness(
    await tempDir('journal'),
    {},
    {
      ...testSettings(),
      endpoint: proxy.endpoint,
      timeouts,
    },
  );
  return { h, proxy };
}

async function download(h: Harness, key: string): Promise<{ bytes: Buffer; ms: number }> {
  const out = await tempDir('out');
  const started = performance.now();
  const { jobs } = await h.queue.enqueueDownload({
    profileId: PROFILE,
    bucket: bucket.name,
    keys: [key],
    destinationDir: out,
    conflict: 'overwrite',
  });
  const done = await h.queue.settled(jobs[0]?.id ?? '');
  const ms = performance.now() - started;
  expect(done).toMatchObject({ state: 'succeeded', error: null });
  return { bytes: await readFile(join(out, key.split('/').at(-1) ?? key)), ms };
}

describe('transfers through a misbehaving network around RGW', () => {
  it('a download whose body goes silent retries its range and ends identical', async () => {
    const body = randomBytes(6 * MiB);
    await admin.send(new PutObjectCommand({ Bucket: bucket.name, Key: 'silent.bin', Body: body }));
    const { h, proxy } = await throughProxy({ stallAfterBytesDown: 512 * 1024, stalls: 1 });
    try {
      const { bytes, ms } = await download(h, 'silent.bin');
      expect(sha256(bytes)).toBe(sha256(body));
      expect(proxy.stats.stalls).toBe(1);
      expect(h.counts.get('GetObjectCommand')).toBeLessThanOrEqual(3);
      expect(ms).toBeGreaterThanOrEqual(timeouts.idle * 1000);
      expect(ms).toBeLessThan(MAX_MS);
    } finally {
      await h.close();
      await proxy.close();
    }
  });

  it('a download cut short mid-body retries its range and ends identical', async () => {
    const body = randomBytes(6 * MiB);
    await admin.send(new PutObjectCommand({ Bucket: bucket.name, Key: 'short.bin', Body: body }));
    const { h, proxy } = await throughProxy({
      truncateAfterBytesDown: 512 * 1024,
      truncations: 1,
    });
    try {
      const { bytes, ms } = await download(h, 'short.bin');
      expect(sha256(bytes)).toBe(sha256(body));
      expect(proxy.stats.truncations).toBe(1);
      expect(h.counts.get('GetObjectCommand')).toBeLessThanOrEqual(3);
      expect(ms).toBeLessThan(MAX_MS);
    } finally {
      await h.close();
      await proxy.close();
    }
  });

  it('a slow but moving download is never taken for a stalled one', async () => {
    const body = randomBytes(2 * MiB);
    await admin.send(new PutObjectCommand({ Bucket: bucket.name, Key: 'slow.bin', Body: body }));
    const { h, proxy } = await throughProxy({ latencyMs: 30 });
    try {
      const { bytes, ms } = await download(h, 'slow.bin');
      expect(sha256(bytes)).toBe(sha256(body));
      expect(h.counts.get('GetObjectCommand')).toBe(1);
      expect(ms).toBeLessThan(MAX_MS);
    } finally {
      await h.close();
      await proxy.close();
    }
  });

  it('an upload whose answer never comes retries and ends identical on the server', async () => {
    const { source, sha256: expected } = await randomFile(dir, 'unanswered.bin', 6 * MiB);
    // The server's first answer is held back whole: the request was sent, its reply never comes.
    const { h, proxy } = await throughProxy({ stallAfterBytesDown: 1, stalls: 1 });
    try {
      const started = performance.now();
      const [job] = await h.queue.enqueueUpload({
        profileId: PROFILE,
        bucket: bucket.name,
        keyPrefix: 'up/',
        paths: [source.path],
        conflict: 'overwrite',
      });
      const done = await h.queue.settled(job?.id ?? '');
      const ms = performance.now() - started;
      expect(done).toMatchObject({ state: 'succeeded', error: null });
      expect(await objectSha256(admin, bucket.name, 'up/unanswered.bin')).toBe(expected);
      expect(proxy.stats.stalls).toBe(1);
      expect(ms).toBeLessThan(MAX_MS);
    } finally {
      await h.close();
      await proxy.close();
    }
  });
});
