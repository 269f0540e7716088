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

describe('cancelling under a bandwidth limit', () => {
  it('stops a throttled upload at once instead of pacing out the rest of its parts', async () => {
    const client = createS3Client(testSettings(), { maxAttempts: 1 });
    addBandwidthLimit(client, new TokenBucket(256 * 1024));
    const { source } = await randomFile(await tempDir('cancel'), 'slow.bin', 40 * MiB);
    const { journal } = await TransferJournal.open(await tempDir('journal'));
    const stop = new AbortController();
    let sent = 0;
    const upload = uploadFile(
      source,
      { bucket: bucket.name, key: 'slow.bin' },
      {
        client,
        limiter: new RequestLimiter(16),
        journal,
        jobId: 'c',
        signal: stop.signal,
        partConcurrency: 4,
        onProgress: (delta) => (sent += delta),
      },
    );
    await new Promise((r) => setTimeout(r, 1_000));
    const canceledAt = performance.now();
    stop.abort(new Error('canceled'));
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
});
