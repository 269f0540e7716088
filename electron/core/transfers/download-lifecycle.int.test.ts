import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PutBucketPolicyCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminClient, createTestBucket } from '../../../e2e/fixtures/s3.js';
import type { TestBucket } from '../../../e2e/fixtures/s3.js';
import { foldJournal, journalEntrySchema } from './journal-entries.js';
import { harness, PROFILE } from './test-support/queue-harness.js';
import { randomFile, tempDir } from './test-files.js';

const MiB = 1024 * 1024;
const admin = adminClient();
let bucket: TestBucket;
let body: Buffer;

beforeAll(async () => {
  bucket = await createTestBucket(admin, 'download-life');
  const { source } = await randomFile(await tempDir('life'), 'big.bin', 40 * MiB);
  body = await readFile(source.path);
  await admin.send(
    new PutObjectCommand({
      Bucket: bucket.name,
      Key: 'big.bin',
      Body: createReadStream(source.path),
      ContentLength: body.length,
    }),
  );
});
afterAll(async () => {
  await bucket.remove();
  admin.destroy();
});

async function journaledRanges(journalDir: string): Promise<number> {
  const text = await readFile(join(journalDir, 'transfers.jsonl'), 'utf8').catch(() => '');
  const entries = text.split('\n').flatMap((line) => {
    try {
      return [journalEntrySchema.parse(JSON.parse(line))];
    } catch {
      return []; // a torn last line while the writer is mid-append
    }
  });
  return [...foldJournal(entries).values()].reduce((n, job) => n + job.ranges.length, 0);
}

async function until(test: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await test())) {
    if (Date.now() > deadline) throw new Error('Timed out');
    await new Promise((r) => setTimeout(r, 25));
  }
}

const slow = {
  settings: { partConcurrency: 1, bandwidthLimitBytesPerSec: 20 * MiB },
  rangeThreshold: 8 * MiB,
};

function download(h: ReturnType<typeof harness>, out: string) {
  return h.queue.enqueueDownload({
    profileId: PROFILE,
    bucket: bucket.name,
    keys: ['big.bin'],
    destinationDir: out,
    conflict: 'ask',
  });
}

describe('a download’s temporary file lives exactly as long as its job', () => {
  it('a restart resumes in the journaled temporary file and leaves none behind', async () => {
    const journalDir = await tempDir('journal');
    const out = await tempDir('life');
    const first = harness(journalDir, slow);
    await download(first, out);
    await until(async () => (await journaledRanges(journalDir)) >= 2, 30_000);
    await first.close();
    const temporaries = await readdir(out);
    expect(temporaries).toHaveLength(1);
    expect(temporaries[0]).toMatch(/^\.big\.bin\.[0-9a-f]{24}\.holdall-download$/);

    const second = harness(journalDir, { rangeThreshold: 8 * MiB });
    try {
      const [restored] = await second.queue.restore();
      const done = await second.queue.settled(restored?.id ?? '');
      expect(done).toMatchObject({ state: 'succeeded', checks: { md5: 1 } });
      // 40 MiB in 8 MiB ranges is 5; at least two came from the first run.
      expect(second.counts.get('GetObjectCommand')).toBeLessThanOrEqual(3);
      expect(await readdir(out)).toEqual(['big.bin']);
      const sha = (data: Buffer) => createHash('sha256').update(data).digest('hex');
      expect(sha(await readFile(join(out, 'big.bin')))).toBe(sha(body));
    } finally {
      await second.close();
    }
  });

  it('cancel removes the temporary file', async () => {
    const out = await tempDir('life');
    const h = harness(await tempDir('journal'), slow);
    try {
      const { jobs } = await download(h, out);
      const id = jobs[0]?.id ?? '';
      await h.waitForProgress((p) => p.id === id && p.bytesDone > 0);
      expect(await readdir(out)).toHaveLength(1);
      await h.queue.cancel({ id });
      expect(h.queue.get(id)?.state).toBe('canceled');
      expect(await readdir(out)).toEqual([]);
    } finally {
      await h.close();
    }
  });

  it('a folder job that fails leaves no temporary file of the siblings it stopped', async () => {
    for (let i = 0; i < 12; i++)
      await admin.send(
        new PutObjectCommand({
          Bucket: bucket.name,
          Key: `stop/sibling-${String(i).padStart(2, '0')}`,
          Body: randomBytes(MiB),
        }),
      );
    await admin.send(
      new PutObjectCommand({ Bucket: bucket.name, Key: 'stop/a-denied', Body: 'refused' }),
    );
    // RGW applies an explicit Deny to the owner too: this one GET fails for good.
    await admin.send(
      new PutBucketPolicyCommand({
        Bucket: bucket.name,
        Policy: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Deny',
              Principal: '*',
              Action: 's3:GetObject',
              Resource: `arn:aws:s3:::${bucket.name}/stop/a-denied`,
            },
          ],
        }),
      }),
    );
    const out = await tempDir('life');
    const h = harness(await tempDir('journal'), {
      settings: { concurrency: 4, bandwidthLimitBytesPerSec: 4 * MiB },
    });
    try {
      const { jobs } = await h.queue.enqueueDownload({
        profileId: PROFILE,
        bucket: bucket.name,
        prefix: 'stop/',
        destinationDir: out,
        conflict: 'overwrite',
      });
      const done = await h.queue.settled(jobs[0]?.id ?? '');
      expect(done).toMatchObject({ state: 'failed', error: { code: 'AccessDenied' } });
      const left = await readdir(join(out, 'stop')).catch(() => []);
      expect(left.filter((name) => name.endsWith('.holdall-download'))).toEqual([]);
    } finally {
      await h.close();
    }
  });
});
