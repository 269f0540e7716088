import { spawn } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminClient, createTestBucket } from '../../../e2e/fixtures/s3.js';
import type { TestBucket } from '../../../e2e/fixtures/s3.js';
import { foldJournal, journalEntrySchema } from './journal-entries.js';
import { harness, openUploads, PROFILE } from './test-support/queue-harness.js';
import { objectSha256, randomFile, tempDir } from './test-files.js';

const MiB = 1024 * 1024;
const here = dirname(fileURLToPath(import.meta.url));
const admin = adminClient();
let bucket: TestBucket;
let dir: string;

beforeAll(async () => {
  bucket = await createTestBucket(admin, 'queue-restart');
  dir = await tempDir('queue-restart');
});
afterAll(async () => {
  await bucket.remove();
  admin.destroy();
});

async function journaledParts(journalDir: string): Promise<number> {
  const text = await readFile(join(journalDir, 'transfers.jsonl'), 'utf8').catch(() => '');
  const entries = text
    .split('\n')
    .filter((l) => l !== '')
    .flatMap((l) => {
      try {
        return [journalEntrySchema.parse(JSON.parse(l))];
      } catch {
        return []; // a torn last line while the writer is mid-append
      }
    });
  return [...foldJournal(entries).values()].reduce((n, job) => n + job.parts.size, 0);
}

async function until(test: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await test())) {
    if (Date.now() > deadline) throw new Error('Timed out');
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('TransferQueue restart against RGW', () => {
  it('resumes after close-without-cancel: one multipart upload, no confirmed part sent again', async () => {
    const { source, sha256 } = await randomFile(dir, 'restart.bin', 60 * MiB);
    const journalDir = await tempDir('journal');
    const first = harness(journalDir, {
      settings: { partConcurrency: 2, bandwidthLimitBytesPerSec: 30 * MiB },
    });
    await first.queue.enqueueUpload({
      profileId: PROFILE,
      bucket: bucket.name,
      keyPrefix: 'r/',
      paths: [source.path],
      conflict: 'overwrite',
    });
    await until(async () => (await journaledParts(journalDir)) >= 2, 30_000);
    // The app dies: requests stop, nothing is canceled, the journal stays as it is.
    await first.close();
    expect(await openUploads(admin, bucket.name, 'r/restart.bin')).toHaveLength(1);
    const confirmed = await journaledParts(journalDir);

    const second = harness(journalDir);
    try {
      const [restored] = await second.queue.restore();
      expect(restored).toMatchObject({ state: 'queued', key: 'r/restart.bin' });
      const done = await second.queue.settled(restored?.id ?? '');
      expect(done).toMatchObject({ state: 'succeeded', bytesDone: 60 * MiB });
      expect(second.counts.get('CreateMultipartUploadCommand')).toBeUndefined();
      // 60 MiB in 8 MiB parts is 8 parts.
      expect(second.counts.get('UploadPartCommand')).toBe(8 - confirmed);
      expect(await openUploads(admin, bucket.name, 'r/restart.bin')).toEqual([]);
      expect(await objectSha256(admin, bucket.name, 'r/restart.bin')).toBe(sha256);
    } finally {
      await second.close();
    }
  }, 60_000);

  it('resumes after SIGKILL of a real process mid-upload: identical object, one multipart upload', async () => {
    const { source, sha256 } = await randomFile(dir, 'killed.bin', 100 * MiB);
    const journalDir = await tempDir('journal');
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        join(here, 'test-support', 'upload-child.ts'),
        journalDir,
        source.path,
        bucket.name,
      ],
      { env: process.env, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.on('exit', (_code, signal) => resolve(signal)),
    );
    try {
      await until(async () => (await journaledParts(journalDir)) >= 3, 60_000);
    } catch (err) {
      child.kill('SIGKILL');
      throw new Error(`The child made no progress: ${output}`, { cause: err });
    }
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    expect(output).toMatch(/"progress":\d+/);
    expect(output).not.toMatch(/"state":"succeeded"/);
    expect(await openUploads(admin, bucket.name, 'killed/killed.bin')).toHaveLength(1);
    const confirmed = await journaledParts(journalDir);

    const resumed = harness(journalDir);
    try {
      const [job] = await resumed.queue.restore();
      const done = await resumed.queue.settled(job?.id ?? '');
      expect(done).toMatchObject({ state: 'succeeded', bytesDone: 100 * MiB });
      expect(resumed.counts.get('CreateMultipartUploadCommand')).toBeUndefined();
      // 100 MiB in 8 MiB parts is 13 parts; the journaled ones were not sent again.
      expect(resumed.counts.get('UploadPartCommand')).toBe(13 - confirmed);
      expect(await openUploads(admin, bucket.name, 'killed/killed.bin')).toEqual([]);
      expect(await objectSha256(admin, bucket.name, 'killed/killed.bin')).toBe(sha256);
      process.stdout.write(
        `killed after ${confirmed} of 13 parts; resumed with ${13 - confirmed}\n`,
      );
    } finally {
      await resumed.close();
    }
  }, 120_000);

  it('restores a folder upload cut short: files already there are not sent again', async () => {
    const root = join(await tempDir('restart-tree'), 'docs');
    await mkdir(root);
    for (let i = 0; i < 40; i++) await randomFile(root, `f${String(i).padStart(2, '0')}`, 2000);
    const journalDir = await tempDir('journal');
    const first = harness(journalDir, { settings: { concurrency: 1 } });
    const [job] = await first.queue.enqueueUpload({
      profileId: PROFILE,
      bucket: bucket.name,
      keyPrefix: 'tree/',
      paths: [root],
      conflict: 'overwrite',
    });
    // Die after ten files.
    await until(() => Promise.resolve((first.counts.get('PutObjectCommand') ?? 0) >= 10), 30_000);
    await first.close();
    const sentBefore = first.counts.get('PutObjectCommand') ?? 0;
    expect(sentBefore).toBeLessThan(40);

    const second = harness(journalDir);
    try {
      const restored = await second.queue.restore();
      expect(restored).toEqual([expect.objectContaining({ id: job?.id, kind: 'folder' })]);
      const done = await second.queue.settled(job?.id ?? '');
      expect(done).toMatchObject({ state: 'succeeded', filesDone: 40, filesTotal: 40 });
      // At most the one file in flight at the kill is sent twice.
      expect(second.counts.get('PutObjectCommand') ?? 0).toBeLessThanOrEqual(40 - sentBefore + 1);
      expect(done.skippedCount).toBeGreaterThanOrEqual(sentBefore - 1);
      const listed = await admin.send(
        new ListObjectsV2Command({ Bucket: bucket.name, Prefix: 'tree/docs/' }),
      );
      expect(listed.KeyCount).toBe(40);
    } finally {
      await second.close();
    }
  }, 60_000);
});
