import { readdir, readlink } from 'node:fs/promises';
import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminClient, createTestBucket } from '../../../e2e/fixtures/s3.js';
import type { TestBucket } from '../../../e2e/fixtures/s3.js';
import { createS3Client } from '../s3/client-factory.js';
import { testSettings } from '../test-support.js';
import { addBandwidthLimit } from './bandwidth-middleware.js';
import { TransferJournal } from './journal.js';
import { RequestLimiter } from './request-limiter.js';
import { randomFile, tempDir } from './test-files.js';
import { TokenBucket } from './token-bucket.js';
import { uploadFile } from './upload-file.js';

const MiB = 1024 * 1024;
const admin = adminClient();
let bucket: TestBucket;

beforeAll(async () => {
  bucket = await createTestBucket(admin, 'cancel');
});
afterAll(async () => {
  await bucket.remove();
  admin.destroy();
});

const RATE = 256 * 1024;
const PARTS_AT_ONCE = 4;

/** A 40 MiB upload in four parallel parts at 256 KiB/s: minutes of work, to be canceled. */
async function startThrottledUpload(name: string, onProgress: (delta: number) => void) {
  const client = createS3Client(testSettings(), { maxAttempts: 1 });
  addBandwidthLimit(client, new TokenBucket(RATE));
  const { source } = await randomFile(await tempDir('cancel'), name, 40 * MiB);
  const { journal } = await TransferJournal.open(await tempDir('journal'));
  const stop = new AbortController();
  const startedAt = performance.now();
  const upload = uploadFile(
    source,
    { bucket: bucket.name, key: name },
    {
      client,
      limiter: new RequestLimiter(16),
      journal,
      jobId: name,
      signal: stop.signal,
      partConcurrency: PARTS_AT_ONCE,
      onProgress,
    },
  );
  return {
    client,
    path: source.path,
    upload,
    startedAt,
    cancel: () => stop.abort(new Error('canceled')),
  };
}

describe('cancelling under a bandwidth limit', () => {
  it('stops a throttled upload at once instead of pacing out the rest of its parts', async () => {
    let sent = 0;
    const { client, upload, cancel } = await startThrottledUpload(
      'slow.bin',
      (delta) => (sent += delta),
    );
    await new Promise((r) => setTimeout(r, 1_000));
    const canceledAt = performance.now();
    cancel();
    await expect(upload).rejects.toThrow();
    const settleMs = performance.now() - canceledAt;
    // What the cancel sends next (AbortMultipartUpload) shares the budget: it must not queue
    // behind bytes the aborted requests never sent.
    const listedAt = performance.now();
    await client.send(new ListObjectsV2Command({ Bucket: bucket.name }));
    const nextRequestMs = performance.now() - listedAt;
    client.destroy();
    // At 256 KiB/s the buffered parts alone would take minutes to pace out.
    expect(settleMs).toBeLessThan(3_000);
    expect(nextRequestMs).toBeLessThan(3_000);
    expect(sent).toBeLessThan(40 * MiB);
  }, 120_000);

  it('lets go of the file once canceled, so a spooled copy can really be deleted', async () => {
    const { client, path, upload, cancel } = await startThrottledUpload(
      'held.bin',
      () => undefined,
    );
    await expect.poll(() => openHandlesOf(path)).toBeGreaterThan(0);
    cancel();
    await expect(upload).rejects.toThrow();
    // Linux shows a process's open files in /proc: the canceled parts must not keep theirs.
    await expect.poll(() => openHandlesOf(path), { timeout: 3_000 }).toBe(0);
    client.destroy();
  }, 120_000);
});

describe('progress under a bandwidth limit', () => {
  it('never reports more bytes sent than the limit lets through', async () => {
    let sent = 0;
    const { client, upload, startedAt, cancel } = await startThrottledUpload(
      'paced.bin',
      (delta) => (sent += delta),
    );
    // What the limit allows so far, plus the bucket's quarter-second burst and, per part in
    // flight, a few file reads counted on their way into the throttle.
    const allowance = (): number =>
      ((performance.now() - startedAt) / 1000) * RATE + RATE / 4 + PARTS_AT_ONCE * 256 * 1024;
    const samples: { sent: number; allowed: number }[] = [];
    for (let i = 0; i < 8; i++) {
      await new Promise((r) => setTimeout(r, 500));
      samples.push({ sent, allowed: allowance() });
    }
    cancel();
    await expect(upload).rejects.toThrow();
    client.destroy();
    // Reads of 1 MiB once showed 8 MiB "sent" within two seconds at 256 KiB/s.
    expect(samples.some((s) => s.sent > 0)).toBe(true);
    for (const sample of samples) expect(sample.sent).toBeLessThanOrEqual(sample.allowed);
  }, 120_000);
});

async function openHandlesOf(path: string): Promise<number> {
  const fds = await readdir('/proc/self/fd');
  const targets = await Promise.all(
    fds.map((fd) => readlink(`/proc/self/fd/${fd}`).catch(() => '')),
  );
  return targets.filter((target) => target === path).length;
}
