import { utimes, writeFile } from 'node:fs/promises';
import { ListMultipartUploadsCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startFaultProxy } from '../../../e2e/fixtures/fault-proxy.js';
import { adminClient, createTestBucket } from '../../../e2e/fixtures/s3.js';
import type { TestBucket } from '../../../e2e/fixtures/s3.js';
import { createS3Client } from '../s3/client-factory.js';
import { testSettings } from '../test-support.js';
import { TransferJournal } from './journal.js';
import { DEFAULT_THRESHOLD } from './part-plan.js';
import { RequestLimiter } from './request-limiter.js';
import { countCommands, objectSha256, randomFile, tempDir } from './test-files.js';
import { uploadFile } from './upload-file.js';
import type { UploadContext } from './upload-file.js';

const MiB = 1024 * 1024;
const admin = adminClient();
// The engine owns retries: the SDK cannot rewind a file stream it has consumed.
const client = createS3Client(testSettings(), { maxAttempts: 1 });
let bucket: TestBucket;
let dir: string;

beforeAll(async () => {
  bucket = await createTestBucket(admin, 'upload');
  dir = await tempDir('upload');
});
afterAll(async () => {
  await bucket.remove();
  client.destroy();
  admin.destroy();
});

async function context(
  over: Partial<UploadContext> = {},
): Promise<UploadContext & { progress: () => number }> {
  let progress = 0;
  const { journal } = await TransferJournal.open(await tempDir('journal'));
  return {
    client,
    limiter: new RequestLimiter(8),
    journal,
    jobId: 'job-1',
    signal: new AbortController().signal,
    partConcurrency: 4,
    onProgress: (delta) => (progress += delta),
    progress: () => progress,
    ...over,
  };
}

async function openUploads(key: string): Promise<number> {
  const out = await admin.send(
    new ListMultipartUploadsCommand({ Bucket: bucket.name, Prefix: key }),
  );
  return (out.Uploads ?? []).filter((u) => u.Key === key).length;
}

describe('uploadFile against RGW', () => {
  it.each([
    ['0 B', 0],
    ['1 B', 1],
    ['5 MiB exactly', 5 * MiB],
    ['threshold - 1', DEFAULT_THRESHOLD - 1],
    ['threshold', DEFAULT_THRESHOLD],
    ['threshold + 1', DEFAULT_THRESHOLD + 1],
    ['100 MiB multipart', 100 * MiB],
  ])('round-trips %s with identical bytes and full progress', async (label, size) => {
    const { source, sha256 } = await randomFile(dir, `f-${size}`, size);
    const ctx = await context();
    const key = `sizes/${label}`;
    const result = await uploadFile(source, { bucket: bucket.name, key }, ctx);
    expect(await objectSha256(admin, bucket.name, key)).toBe(sha256);
    expect(ctx.progress()).toBe(size);
    expect(result.uploadId === null).toBe(size < DEFAULT_THRESHOLD);
    if (result.uploadId !== null) expect(result.etag).toMatch(/-\d+"$/);
  });

  it('resumes after an interruption: one multipart upload, confirmed parts not sent again', async () => {
    const { source, sha256 } = await randomFile(dir, 'resume', 40 * MiB);
    const key = 'resume/big.bin';
    const journalDir = await tempDir('journal');
    const first = await TransferJournal.open(journalDir);
    await first.journal.record({
      t: 'job',
      id: 'r',
      direction: 'upload',
      profileId: 'p',
      bucket: bucket.name,
      key,
      localPath: source.path,
      size: source.size,
      fingerprint: source.fingerprint,
      createdAt: new Date().toISOString(),
    });
    const stop = new AbortController();
    let parts = 0;
    const record = first.journal.record.bind(first.journal);
    vi.spyOn(first.journal, 'record').mockImplementation(async (entry) => {
      await record(entry);
      if (entry.t === 'part' && ++parts === 2) stop.abort(new Error('app killed'));
    });
    const interrupted = uploadFile(
      source,
      { bucket: bucket.name, key },
      {
        ...(await context()),
        journal: first.journal,
        jobId: 'r',
        signal: stop.signal,
        partConcurrency: 1,
      },
    );
    await expect(interrupted).rejects.toThrow();
    expect(await openUploads(key)).toBe(1);

    // "Restart": a new journal reader and a fresh counter on the client.
    const reopened = await TransferJournal.open(journalDir);
    const job = reopened.unfinished.find((j) => j.job.id === 'r');
    expect(job?.uploadId).toBeDefined();
    expect(job?.parts.size).toBe(2);
    const resumedClient = createS3Client(testSettings(), { maxAttempts: 1 });
    const sends = countCommands(resumedClient, 'UploadPartCommand');
    const ctx = await context({
      client: resumedClient,
      journal: reopened.journal,
      jobId: 'r',
      resume: { uploadId: job?.uploadId ?? '', parts: job?.parts ?? new Map() },
    });
    await uploadFile(source, { bucket: bucket.name, key }, ctx);
    resumedClient.destroy();

    expect(sends.count()).toBe(3);
    expect(ctx.progress()).toBe(40 * MiB);
    expect(await openUploads(key)).toBe(0);
    expect(await objectSha256(admin, bucket.name, key)).toBe(sha256);
  });

  it('refuses a source that changed after it was queued', async () => {
    const { source } = await randomFile(dir, 'changed', 10);
    await utimes(source.path, new Date(), new Date(Date.now() + 5_000));
    await expect(
      uploadFile(source, { bucket: bucket.name, key: 'changed' }, await context()),
    ).rejects.toMatchObject({ code: 'SourceChanged' });
  });

  it('completes with identical bytes through connection resets and latency', async () => {
    const target = new URL(testSettings().endpoint);
    const proxy = await startFaultProxy(
      { host: target.hostname, port: Number(target.port) },
      { resetAfterBytes: 3 * MiB, resets: 3, latencyMs: 2 },
    );
    const flaky = createS3Client(
      { ...testSettings(), endpoint: proxy.endpoint },
      { maxAttempts: 1 },
    );
    try {
      const { source, sha256 } = await randomFile(dir, 'flaky', 40 * MiB);
      const ctx = await context({
        client: flaky,
        retry: { maxAttempts: 6, baseDelayMs: 20, maxDelayMs: 200 },
      });
      await uploadFile(source, { bucket: bucket.name, key: 'flaky.bin' }, ctx);
      expect(proxy.stats.resets).toBe(3);
      expect(ctx.progress()).toBe(40 * MiB);
      expect(await objectSha256(admin, bucket.name, 'flaky.bin')).toBe(sha256);
    } finally {
      flaky.destroy();
      await proxy.close();
    }
  });

  it('fails with the cause, not a hang, when the server stays down', async () => {
    const target = new URL(testSettings().endpoint);
    const proxy = await startFaultProxy(
      { host: target.hostname, port: Number(target.port) },
      { down: true },
    );
    const dead = createS3Client(
      { ...testSettings(), endpoint: proxy.endpoint },
      { maxAttempts: 1 },
    );
    try {
      const { source } = await randomFile(dir, 'down', 1024);
      const ctx = await context({
        client: dead,
        retry: { maxAttempts: 3, baseDelayMs: 10, maxDelayMs: 50 },
      });
      const failure = await uploadFile(source, { bucket: bucket.name, key: 'down' }, ctx).catch(
        (err: unknown) => err,
      );
      expect(failure).toMatchObject({ name: 'RetriesExhausted', attempts: 3 });
      expect(String((failure as Error).message)).toMatch(/socket hang up|ECONNRESET|EPIPE/);
    } finally {
      dead.destroy();
      await proxy.close();
    }
  });

  it('sends every byte when the SDK reads ~/.aws/config before taking the body', async () => {
    const configDir = await tempDir('aws-config');
    const configFile = `${configDir}/config`;
    await writeFile(configFile, '[default]\n');
    vi.stubEnv('AWS_CONFIG_FILE', configFile);
    const fresh = createS3Client(testSettings(), { maxAttempts: 1 });
    try {
      const { source, sha256 } = await randomFile(dir, 'with-config', 64 * 1024);
      const ctx = await context({ client: fresh, signal: AbortSignal.timeout(10_000) });
      await uploadFile(source, { bucket: bucket.name, key: 'with-config.bin' }, ctx);
      expect(await objectSha256(admin, bucket.name, 'with-config.bin')).toBe(sha256);
    } finally {
      fresh.destroy();
      vi.unstubAllEnvs();
    }
  });
});
