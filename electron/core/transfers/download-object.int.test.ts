import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { access, open, readdir, readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { HeadObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFaultProxy } from '../../../e2e/fixtures/fault-proxy.js';
import { adminClient, createTestBucket } from '../../../e2e/fixtures/s3.js';
import type { TestBucket } from '../../../e2e/fixtures/s3.js';
import { createS3Client } from '../s3/client-factory.js';
import { testSettings } from '../test-support.js';
import { downloadObject } from './download-object.js';
import type { DownloadContext, DownloadSource } from './download-object.js';
import { TransferJournal } from './journal.js';
import { RequestLimiter } from './request-limiter.js';
import { interruptedDownload as stopAfterRanges } from './test-support/interrupted-download.js';
import { countCommands, randomFile, tempDir } from './test-files.js';

const MiB = 1024 * 1024;
const admin = adminClient();
const client = createS3Client(testSettings(), { maxAttempts: 1 });
let bucket: TestBucket;
let dir: string;

beforeAll(async () => {
  bucket = await createTestBucket(admin, 'download');
  dir = await tempDir('download');
});
afterAll(async () => {
  await bucket.remove();
  client.destroy();
  admin.destroy();
});

/** Puts random bytes with one plain PUT (so the ETag is their MD5) and returns the source. */
async function seed(
  key: string,
  size: number,
): Promise<{ source: DownloadSource; sha256: string }> {
  const { source, sha256 } = await randomFile(dir, `seed-${size}-${key.replace(/\W/g, '')}`, size);
  await admin.send(
    new PutObjectCommand({
      Bucket: bucket.name,
      Key: key,
      Body: size === 0 ? '' : createReadStream(source.path),
      ContentLength: size,
    }),
  );
  const head = await admin.send(new HeadObjectCommand({ Bucket: bucket.name, Key: key }));
  return { source: { bucket: bucket.name, key, size, etag: head.ETag ?? '' }, sha256 };
}

async function sha256Of(path: string): Promise<string> {
  return createHash('sha256')
    .update(await readFile(path))
    .digest('hex');
}

async function context(
  over: Partial<DownloadContext> = {},
): Promise<DownloadContext & { progress: () => number }> {
  let progress = 0;
  const { journal } = await TransferJournal.open(await tempDir('journal'));
  return {
    client,
    limiter: new RequestLimiter(8),
    journal,
    jobId: 'd',
    signal: new AbortController().signal,
    rangeConcurrency: 4,
    onProgress: (delta) => (progress += delta),
    progress: () => progress,
    ...over,
  };
}

/** Temporary files beside destination (any random name): none may outlive a download. */
async function temporariesOf(destination: string): Promise<string[]> {
  const names = await readdir(dirname(destination)).catch(() => []);
  return names
    .filter((n) => n.startsWith(`.${basename(destination)}.`) && n.endsWith('.holdall-download'))
    .map((n) => join(dirname(destination), n));
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/** Starts a download and stops it after `ranges` ranges were journaled, as a crash would. */
function interruptedDownload(
  source: DownloadSource,
  destination: string,
  journalDir: string,
  ranges: number,
): Promise<void> {
  return stopAfterRanges(source, destination, journalDir, ranges, (over) =>
    context({ rangeConcurrency: 1, rangeThreshold: 8 * MiB, ...over }),
  );
}

describe('downloadObject against RGW', () => {
  it.each([
    ['0 B', 0],
    ['1 B', 1],
    ['threshold - 1', 16 * MiB - 1],
    ['threshold + 1', 16 * MiB + 1],
    ['100 MiB in ranges', 100 * MiB],
  ])('downloads %s with identical bytes and no temporary file left', async (label, size) => {
    const { source, sha256 } = await seed(`sizes/${label}`, size);
    const destination = join(dir, 'out', label);
    const ctx = await context();
    await downloadObject(source, destination, ctx);
    expect(await sha256Of(destination)).toBe(sha256);
    expect(await temporariesOf(destination)).toEqual([]);
    expect(ctx.progress()).toBe(size);
  });

  it('resumes from the temporary file, fetching only the missing ranges', async () => {
    const { source, sha256 } = await seed('resume.bin', 40 * MiB);
    const destination = join(dir, 'out', 'resume.bin');
    const journalDir = await tempDir('journal');
    await interruptedDownload(source, destination, journalDir, 2);
    // Nothing half-written ever sits under the final name.
    expect(await exists(destination)).toBe(false);
    const [temp] = await temporariesOf(destination);
    expect(temp).toBeDefined();

    const reopened = await TransferJournal.open(journalDir);
    const ranges = reopened.unfinished.flatMap((j) => j.ranges);
    expect(ranges).toHaveLength(2);
    // The journal names the temporary file, so the resume finds its own and no other.
    expect(reopened.unfinished[0]?.tempPath).toBe(temp);
    const resumedClient = createS3Client(testSettings(), { maxAttempts: 1 });
    const gets = countCommands(resumedClient, 'GetObjectCommand');
    const ctx = await context({
      client: resumedClient,
      journal: reopened.journal,
      temp,
      resume: ranges,
      rangeThreshold: 8 * MiB,
    });
    await downloadObject(source, destination, ctx);
    resumedClient.destroy();
    expect(gets.count()).toBe(3);
    expect(ctx.progress()).toBe(40 * MiB);
    expect(await sha256Of(destination)).toBe(sha256);
  });

  it('detects a corrupted temporary file by the MD5 ETag and leaves nothing behind', async () => {
    const { source } = await seed('corrupt.bin', 20 * MiB);
    const destination = join(dir, 'out', 'corrupt.bin');
    const journalDir = await tempDir('journal');
    await interruptedDownload(source, destination, journalDir, 2);
    const reopened = await TransferJournal.open(journalDir);
    const tempPath = reopened.unfinished[0]?.tempPath ?? '';
    const temp = await open(tempPath, 'r+');
    await temp.write(Buffer.from('garbage'), 0, 7, 1000);
    await temp.close();
    const ctx = await context({
      journal: reopened.journal,
      temp: tempPath,
      resume: reopened.unfinished.flatMap((j) => j.ranges),
      rangeThreshold: 8 * MiB,
    });
    await expect(downloadObject(source, destination, ctx)).rejects.toMatchObject({
      code: 'ChecksumMismatch',
    });
    expect(await exists(destination)).toBe(false);
    expect(await temporariesOf(destination)).toEqual([]);
  });

  it('refuses to stitch ranges of two versions when the object is replaced mid-download', async () => {
    const { source } = await seed('replaced.bin', 24 * MiB);
    const destination = join(dir, 'out', 'replaced.bin');
    const journalDir = await tempDir('journal');
    await interruptedDownload(source, destination, journalDir, 1);
    await seed('replaced.bin', 24 * MiB);
    const reopened = await TransferJournal.open(journalDir);
    const ctx = await context({
      journal: reopened.journal,
      temp: reopened.unfinished[0]?.tempPath,
      resume: reopened.unfinished.flatMap((j) => j.ranges),
      rangeThreshold: 8 * MiB,
    });
    await expect(downloadObject(source, destination, ctx)).rejects.toMatchObject({
      name: 'PreconditionFailed',
    });
    expect(await exists(destination)).toBe(false);
  });

  it('completes with identical bytes through connection resets', async () => {
    const { source, sha256 } = await seed('flaky.bin', 40 * MiB);
    const target = new URL(testSettings().endpoint);
    const proxy = await startFaultProxy({ host: target.hostname, port: Number(target.port) });
    const flaky = createS3Client(
      { ...testSettings(), endpoint: proxy.endpoint },
      { maxAttempts: 1 },
    );
    try {
      // Requests upstream are small; resets are triggered by response size, so reset on request count instead.
      proxy.setPlan({ resetAfterBytes: 1, resets: 3 });
      const destination = join(dir, 'out', 'flaky.bin');
      const ctx = await context({
        client: flaky,
        retry: { maxAttempts: 6, baseDelayMs: 20, maxDelayMs: 200 },
      });
      await downloadObject(source, destination, ctx);
      expect(proxy.stats.resets).toBe(3);
      expect(ctx.progress()).toBe(40 * MiB);
      expect(await sha256Of(destination)).toBe(sha256);
    } finally {
      flaky.destroy();
      await proxy.close();
    }
  });
});
