import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import {
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  HeadObjectCommand,
  PutObjectCommand,
  UploadPartCommand,
} from '@aws-sdk/client-s3';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { adminClient, createTestBucket } from '../../../e2e/fixtures/s3.js';
import type { TestBucket } from '../../../e2e/fixtures/s3.js';
import { createS3Client } from '../s3/client-factory.js';
import { testSettings } from '../test-support.js';
import { downloadObject } from './download-object.js';
import type { DownloadContext, DownloadSource } from './download-object.js';
import type { Range } from './download-plan.js';
import { TransferJournal } from './journal.js';
import { RequestLimiter } from './request-limiter.js';
import { interruptedDownload } from './test-support/interrupted-download.js';
import { randomFile, tempDir } from './test-files.js';

const MiB = 1024 * 1024;
const SIZE = 100 * MiB;
const admin = adminClient();
const client = createS3Client(testSettings(), { maxAttempts: 1 });
let bucket: TestBucket;
let dir: string;
let source: DownloadSource;
let sha256: string;

beforeAll(async () => {
  bucket = await createTestBucket(admin, 'durable');
  dir = await tempDir('durable');
  const file = await randomFile(dir, 'seed', SIZE);
  sha256 = file.sha256;
  await admin.send(
    new PutObjectCommand({
      Bucket: bucket.name,
      Key: 'big.bin',
      Body: createReadStream(file.source.path),
      ContentLength: SIZE,
    }),
  );
  const head = await admin.send(new HeadObjectCommand({ Bucket: bucket.name, Key: 'big.bin' }));
  source = { bucket: bucket.name, key: 'big.bin', size: SIZE, etag: head.ETag ?? '' };
});
afterEach(() => {
  vi.restoreAllMocks();
});
afterAll(async () => {
  await bucket.remove();
  client.destroy();
  admin.destroy();
});

type Event =
  { t: 'wrote'; start: number; end: number } | { t: 'sync began' | 'sync ended'; n: number };

/**
 * Watches every write and sync of the download's file handle, and holds each sync until the
 * whole file is written: a disk far slower than the network.
 */
async function slowDisk(): Promise<{ events: Event[]; syncs: () => number }> {
  const probe = await open(join(dir, 'probe'), 'w');
  const proto = Object.getPrototypeOf(probe) as FileHandle;
  await probe.close();
  const events: Event[] = [];
  let written = 0;
  let allWritten: () => void = () => {};
  const whole = new Promise<void>((resolve) => (allWritten = resolve));
  const wrote = (start: number, length: number): void => {
    events.push({ t: 'wrote', start, end: start + length });
    if ((written += length) >= SIZE) allWritten();
  };
  // The originals, called below with the download's own handle as `this`.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const { writev, write, datasync } = proto;
  vi.spyOn(proto, 'writev').mockImplementation(async function (this: FileHandle, buffers, at) {
    const out = await writev.call(this, buffers, at);
    wrote(at ?? 0, out.bytesWritten);
    return out;
  });
  vi.spyOn(proto, 'write').mockImplementation(async function (
    this: FileHandle,
    ...args: unknown[]
  ) {
    const out = await (write as (...a: unknown[]) => Promise<{ bytesWritten: number }>).apply(
      this,
      args,
    );
    wrote(Number(args[3]), out.bytesWritten);
    return out as never;
  });
  let syncs = 0;
  vi.spyOn(proto, 'datasync').mockImplementation(async function (this: FileHandle) {
    const n = ++syncs;
    events.push({ t: 'sync began', n });
    await datasync.call(this);
    await whole;
    events.push({ t: 'sync ended', n });
  });
  return { events, syncs: () => syncs };
}

/** A range is honest in the journal when a sync that began after its last write had ended. */
function untrusted(range: Range, events: readonly Event[]): boolean {
  const lastWrite = events.findLastIndex(
    (e) => e.t === 'wrote' && e.start < range.end && e.end > range.start,
  );
  const syncedAfter = events
    .slice(lastWrite + 1)
    .filter((e) => e.t === 'sync began')
    .map((e) => (e.t === 'sync began' ? e.n : 0));
  return !events.some((e) => e.t === 'sync ended' && syncedAfter.includes(e.n));
}

describe('a download on a slow disk', () => {
  it('is never held by a sync, and journals a range only once a sync after its last write ended', async () => {
    const disk = await slowDisk();
    const { journal } = await TransferJournal.open(await tempDir('journal'));
    const dishonest: Range[] = [];
    const journaled: Range[] = [];
    const record = journal.record.bind(journal);
    vi.spyOn(journal, 'record').mockImplementation(async (entry) => {
      if (entry.t === 'range') {
        journaled.push(entry);
        if (untrusted(entry, disk.events)) dishonest.push(entry);
      }
      await record(entry);
    });
    const destination = join(dir, 'out', 'big.bin');
    await downloadObject(source, destination, {
      client,
      limiter: new RequestLimiter(8),
      journal,
      jobId: 'd',
      // The old code waited for each sync, which here would never end: fail, do not hang.
      signal: AbortSignal.timeout(20_000),
      rangeConcurrency: 4,
      onProgress: () => {},
    });
    expect(
      createHash('sha256')
        .update(await readFile(destination))
        .digest('hex'),
    ).toBe(sha256);
    // 100 MiB in 8 MiB ranges: all 13 journaled, none before its bytes were synced.
    expect(journaled).toHaveLength(13);
    expect(dishonest).toEqual([]);
    // Ranges that finished during the long first sync were synced together, not one by one.
    expect(disk.syncs()).toBeLessThan(13);
  }, 40_000);
});

/** 40 MiB in five 8 MiB parts, as Holdall uploads: its ETag is "<md5 of part MD5s>-5". */
async function multipartObject(key: string): Promise<{ source: DownloadSource; body: Buffer }> {
  const parts = Array.from({ length: 5 }, () => randomBytes(8 * MiB));
  const { UploadId } = await admin.send(
    new CreateMultipartUploadCommand({ Bucket: bucket.name, Key: key }),
  );
  const done = [];
  for (const [i, Body] of parts.entries()) {
    const out = await admin.send(
      new UploadPartCommand({ Bucket: bucket.name, Key: key, UploadId, PartNumber: i + 1, Body }),
    );
    done.push({ PartNumber: i + 1, ETag: out.ETag ?? '' });
  }
  await admin.send(
    new CompleteMultipartUploadCommand({
      Bucket: bucket.name,
      Key: key,
      UploadId,
      MultipartUpload: { Parts: done },
    }),
  );
  const { ETag } = await admin.send(new HeadObjectCommand({ Bucket: bucket.name, Key: key }));
  return {
    source: { bucket: bucket.name, key, size: 40 * MiB, etag: ETag ?? '' },
    body: Buffer.concat(parts),
  };
}

async function context(over: Partial<DownloadContext>): Promise<DownloadContext> {
  const { journal } = await TransferJournal.open(await tempDir('journal'));
  return {
    client,
    limiter: new RequestLimiter(8),
    journal,
    jobId: 'd',
    signal: AbortSignal.timeout(30_000),
    rangeConcurrency: 1,
    rangeThreshold: 8 * MiB,
    onProgress: () => {},
    ...over,
  };
}

async function interrupted(source: DownloadSource, destination: string, journalDir: string) {
  await interruptedDownload(source, destination, journalDir, 2, context);
  const reopened = await TransferJournal.open(journalDir);
  const [job] = reopened.unfinished;
  return { journal: reopened.journal, temp: job?.tempPath, resume: job?.ranges ?? [] };
}

describe('a resumed download of a multipart object', () => {
  it('checks the parts an earlier run wrote from the file, and passes when they are right', async () => {
    const { source, body } = await multipartObject('resume/right.bin');
    const destination = join(dir, 'resume', 'right.bin');
    const journalDir = await tempDir('journal');
    const earlier = await interrupted(source, destination, journalDir);
    expect(earlier.resume).toHaveLength(2);
    const check = await downloadObject(source, destination, await context(earlier));
    expect(check).toBe('multipartEtag');
    expect((await readFile(destination)).equals(body)).toBe(true);
  });

  it('never reports a range damaged on disk since the earlier run as checked by its ETag', async () => {
    const { source } = await multipartObject('resume/damaged.bin');
    const destination = join(dir, 'damaged', 'damaged.bin');
    const earlier = await interrupted(source, destination, await tempDir('journal'));
    const first = earlier.resume[0];
    if (earlier.temp === undefined || first === undefined) throw new Error('nothing journaled');
    const at = first.start + 5;
    const file = await open(earlier.temp, 'r+');
    const byte = Buffer.alloc(1);
    await file.read(byte, 0, 1, at);
    await file.write(Buffer.from([(byte[0] ?? 0) ^ 0x5a]), 0, 1, at);
    await file.close();
    // RGW does not say how the object was cut, so a mismatch may be a wrong guess of the parts:
    // the job then says only the size was checked (a server that says fails it, see
    // download-verify.int.test.ts).
    const check = await downloadObject(source, destination, await context(earlier));
    expect(check).toBe('size');
  });
});
