import { randomBytes } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  HeadObjectCommand,
  PutObjectCommand,
  UploadPartCommand,
} from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminClient, createTestBucket } from '../../../e2e/fixtures/s3.js';
import type { TestBucket } from '../../../e2e/fixtures/s3.js';
import { startMultipartObjectServer } from '../s3/test-servers/multipart-object.js';
import type { MultipartObjectOptions } from '../s3/test-servers/multipart-object.js';
import { testSettings } from '../test-support.js';
import { harness, PROFILE } from './test-support/queue-harness.js';
import type { Harness } from './test-support/queue-harness.js';
import { randomFile, tempDir } from './test-files.js';

const MiB = 1024 * 1024;
const admin = adminClient();
let bucket: TestBucket;
let h: Harness;

beforeAll(async () => {
  bucket = await createTestBucket(admin, 'download-verify');
  h = harness(await tempDir('journal'));
});
afterAll(async () => {
  await h.close();
  await bucket.remove();
  admin.destroy();
});

/** Uploads parts of these sizes as one multipart object; returns its bytes and ETag. */
async function putMultipart(
  key: string,
  partSizes: number[],
): Promise<{ body: Buffer; etag: string }> {
  const parts = partSizes.map((size) => randomBytes(size));
  const { UploadId } = await admin.send(
    new CreateMultipartUploadCommand({ Bucket: bucket.name, Key: key }),
  );
  const done = [];
  for (const [i, part] of parts.entries()) {
    const out = await admin.send(
      new UploadPartCommand({
        Bucket: bucket.name,
        Key: key,
        UploadId,
        PartNumber: i + 1,
        Body: part,
      }),
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
  const head = await admin.send(new HeadObjectCommand({ Bucket: bucket.name, Key: key }));
  return { body: Buffer.concat(parts), etag: head.ETag ?? '' };
}

async function downloadKeys(keys: string[]) {
  const out = await tempDir('verify');
  const { jobs } = await h.queue.enqueueDownload({
    profileId: PROFILE,
    bucket: bucket.name,
    keys,
    destinationDir: out,
    conflict: 'overwrite',
  });
  return { out, jobs: await Promise.all(jobs.map((job) => h.queue.settled(job.id))) };
}

describe('every download is verified against RGW, and the job says how', () => {
  it('a multipart object in equal parts is checked by its recomputed multipart ETag', async () => {
    const key = 'mp/equal.bin';
    const { body, etag } = await putMultipart(key, [5 * MiB, 5 * MiB, 2 * MiB]);
    expect(etag).toMatch(/-3"$/);
    const { out, jobs } = await downloadKeys([key]);
    expect(jobs[0]?.error).toBeNull();
    expect(jobs[0]).toMatchObject({ state: 'succeeded', checks: { multipartEtag: 1 } });
    expect((await readFile(join(out, 'equal.bin'))).equals(body)).toBe(true);
  });

  it('an object Holdall uploaded in parts downloads checked by its multipart ETag', async () => {
    const { source } = await randomFile(await tempDir('verify'), 'own.bin', 20 * MiB + 3);
    const [upload] = await h.queue.enqueueUpload({
      profileId: PROFILE,
      bucket: bucket.name,
      keyPrefix: 'own/',
      paths: [source.path],
      conflict: 'overwrite',
    });
    expect(await h.queue.settled(upload?.id ?? '')).toMatchObject({ state: 'succeeded' });
    const { jobs } = await downloadKeys(['own/own.bin']);
    expect(jobs[0]).toMatchObject({ state: 'succeeded', checks: { multipartEtag: 1 } });
  });

  it('parts of differing sizes: RGW does not tell them, so only the size is checked, and the job says so', async () => {
    const key = 'mp/differing.bin';
    const { body } = await putMultipart(key, [6 * MiB, 5 * MiB + 7, 5 * MiB]);
    const { out, jobs } = await downloadKeys([key]);
    expect(jobs[0]).toMatchObject({ state: 'succeeded', checks: { size: 1 } });
    expect((await readFile(join(out, 'differing.bin'))).equals(body)).toBe(true);
  });

  it('a plain object is checked by its MD5 ETag', async () => {
    await admin.send(
      new PutObjectCommand({ Bucket: bucket.name, Key: 'plain.txt', Body: 'plain bytes' }),
    );
    const { jobs } = await downloadKeys(['plain.txt']);
    expect(jobs[0]).toMatchObject({ state: 'succeeded', checks: { md5: 1 } });
  });

  it('a folder counts its files by check', async () => {
    await putMultipart('mixed/big.bin', [5 * MiB, MiB]);
    for (const name of ['a', 'b'])
      await admin.send(
        new PutObjectCommand({ Bucket: bucket.name, Key: `mixed/${name}`, Body: name }),
      );
    const out = await tempDir('verify');
    const { jobs } = await h.queue.enqueueDownload({
      profileId: PROFILE,
      bucket: bucket.name,
      prefix: 'mixed/',
      destinationDir: out,
      conflict: 'overwrite',
    });
    const done = await h.queue.settled(jobs[0]?.id ?? '');
    expect(done).toMatchObject({ state: 'succeeded', checks: { md5: 2, multipartEtag: 1 } });
  });
});

describe('a server that answers HeadObject partNumber (as AWS and MinIO do)', () => {
  const parts = [randomBytes(6 * MiB), randomBytes(5 * MiB + 7), randomBytes(5 * MiB)];

  async function downloadFrom(options: MultipartObjectOptions) {
    const server = await startMultipartObjectServer(parts, options);
    const fake = harness(
      await tempDir('journal'),
      {},
      { ...testSettings(), endpoint: server.endpoint },
    );
    try {
      const out = await tempDir('verify');
      const { jobs } = await fake.queue.enqueueDownload({
        profileId: PROFILE,
        bucket: 'parts-bucket',
        keys: ['parts.bin'],
        destinationDir: out,
        conflict: 'overwrite',
      });
      return { out, job: await fake.queue.settled(jobs[0]?.id ?? '') };
    } finally {
      await fake.close();
      await server.close();
    }
  }

  it('parts of differing sizes are checked by the multipart ETag from the sizes it gives', async () => {
    const { out, job } = await downloadFrom({});
    expect(job.error).toBeNull();
    expect(job).toMatchObject({ state: 'succeeded', checks: { multipartEtag: 1 } });
    expect((await readFile(join(out, 'parts.bin'))).equals(Buffer.concat(parts))).toBe(true);
  });

  it('a byte damaged on the way fails the check and nothing is kept', async () => {
    const { out, job } = await downloadFrom({ corruptAt: 7 * MiB });
    expect(job).toMatchObject({ state: 'failed', error: { code: 'ChecksumMismatch' } });
    expect(await readdir(out)).toEqual([]);
  });
});
