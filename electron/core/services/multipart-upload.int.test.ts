import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  GetObjectCommand,
  HeadObjectCommand,
  ListMultipartUploadsCommand,
  ListPartsCommand,
  PutObjectCommand,
} from '@aws-sdk/client-s3';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/contract/envelope.js';
import { adminClient, createTestBucket } from '../../../e2e/fixtures/s3.js';
import type { TestBucket } from '../../../e2e/fixtures/s3.js';
import { createS3Client } from '../s3/client-factory.js';
import { dialects } from '../s3/dialects.js';
import { toAppError } from '../s3/errors.js';
import { testSettings } from '../test-support.js';
import type { CopySession } from './copy-types.js';
import { listParts, listUploads } from './multipart-list.js';
import { uploadPart } from './multipart-part.js';
import { uploadPartCopy } from './multipart-part-copy.js';
import { abortUpload, completeUpload, createUpload } from './multipart-upload.js';

const MiB = 1024 * 1024;
const admin = adminClient();
const client = createS3Client(testSettings());
const buckets: TestBucket[] = [];
let dir: string;

async function bucket(label: string): Promise<string> {
  const b = await createTestBucket(admin, label);
  buckets.push(b);
  return b.name;
}

async function bytesOf(Bucket: string, Key: string): Promise<Buffer> {
  const out = await admin.send(new GetObjectCommand({ Bucket, Key }));
  return Buffer.from(await out.Body!.transformToByteArray());
}

async function tempFile(name: string, body: Buffer): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, body);
  return path;
}

const failureOf = (work: Promise<unknown>) =>
  work.then(
    () => undefined,
    (err: unknown) => (err instanceof AppError ? err.toShape() : toAppError(err)),
  );

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'holdall-multipart-'));
});
afterEach(async () => {
  await Promise.all(buckets.splice(0).map((b) => b.remove()));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  client.destroy();
  admin.destroy();
});

describe('multipart upload from file ranges', () => {
  it('create → 2 parts (5 MiB + small) → listParts → complete stores identical bytes', async () => {
    const b = await bucket('mp-full');
    const body = randomBytes(5 * MiB + 1234);
    // The parts are ranges of a larger file: offsets must be honoured, not just lengths.
    const path = await tempFile(
      'parts.bin',
      Buffer.concat([randomBytes(100), body, randomBytes(50)]),
    );
    const key = 'uploads/big file.bin';
    const { uploadId } = await createUpload(client, {
      bucket: b,
      key,
      contentType: 'application/x-test',
      metadata: { origin: 'holdall' },
    });
    const upload = { bucket: b, key, uploadId };
    const sent: number[] = [];
    const part2 = await uploadPart(client, upload, 2, {
      kind: 'file',
      path,
      offset: 100 + 5 * MiB,
      length: 1234,
    });
    const part1 = await uploadPart(
      client,
      upload,
      1,
      { kind: 'file', path, offset: 100, length: 5 * MiB },
      { onProgress: (n) => sent.push(n) },
    );
    expect(sent.at(-1)).toBe(5 * MiB);

    const page = await listParts(client, upload);
    expect(page.nextPartNumberMarker).toBeNull();
    expect(page.parts.map(({ partNumber, size, etag }) => ({ partNumber, size, etag }))).toEqual([
      { partNumber: 1, size: 5 * MiB, etag: part1.etag },
      { partNumber: 2, size: 1234, etag: part2.etag },
    ]);
    const firstOnly = await listParts(client, upload, { maxParts: 1 });
    expect(firstOnly.parts.map((p) => p.partNumber)).toEqual([1]);
    const rest = await listParts(client, upload, {
      maxParts: 1,
      partNumberMarker: firstOnly.nextPartNumberMarker ?? undefined,
    });
    expect(rest.parts.map((p) => p.partNumber)).toEqual([2]);

    // Given out of order on purpose: completeUpload sorts them.
    const done = await completeUpload(client, upload, [
      { partNumber: 2, etag: part2.etag },
      { partNumber: 1, etag: part1.etag },
    ]);
    const head = await admin.send(new HeadObjectCommand({ Bucket: b, Key: key }));
    expect(head.ETag).toMatch(/-2"$/);
    expect(done.etag).toBe(head.ETag);
    expect(head.ContentType).toBe('application/x-test');
    expect(head.Metadata).toEqual({ origin: 'holdall' });
    expect((await bytesOf(b, key)).equals(body)).toBe(true);
  });

  it('abort: the upload leaves listUploads and ListParts answers NoSuchUpload', async () => {
    const b = await bucket('mp-abort');
    const path = await tempFile('small.bin', randomBytes(10));
    const { uploadId } = await createUpload(client, { bucket: b, key: 'gone' });
    const upload = { bucket: b, key: 'gone', uploadId };
    await uploadPart(client, upload, 1, { kind: 'file', path, offset: 0, length: 10 });
    expect((await listUploads(client, { bucket: b })).uploads).toMatchObject([
      { key: 'gone', uploadId },
    ]);

    await abortUpload(client, upload);
    expect((await listUploads(client, { bucket: b })).uploads).toEqual([]);
    const adminUploads = await admin.send(new ListMultipartUploadsCommand({ Bucket: b }));
    expect(adminUploads.Uploads ?? []).toEqual([]);
    // AWS says NoSuchUpload; RGW 16 says NoSuchKey. Either way the server holds no upload.
    const adminParts = await admin
      .send(new ListPartsCommand({ Bucket: b, Key: 'gone', UploadId: uploadId }))
      .catch((err: { name: string; $metadata: { httpStatusCode?: number } }) => err);
    expect(adminParts).toMatchObject({ $metadata: { httpStatusCode: 404 } });
    expect(['NoSuchUpload', 'NoSuchKey']).toContain((adminParts as { name: string }).name);
    expect(await failureOf(listParts(client, upload))).toMatchObject({ code: 'NoSuchUpload' });
  });

  it('refuses to complete with a non-last part under 5 MiB: EntityTooSmall', async () => {
    const b = await bucket('mp-small');
    const path = await tempFile('tiny.bin', randomBytes(2048));
    const { uploadId } = await createUpload(client, { bucket: b, key: 'k' });
    const upload = { bucket: b, key: 'k', uploadId };
    const parts = [
      {
        partNumber: 1,
        ...(await uploadPart(client, upload, 1, { kind: 'file', path, offset: 0, length: 1024 })),
      },
      {
        partNumber: 2,
        ...(await uploadPart(client, upload, 2, {
          kind: 'file',
          path,
          offset: 1024,
          length: 1024,
        })),
      },
    ];
    expect(await failureOf(completeUpload(client, upload, parts))).toMatchObject({
      code: 'EntityTooSmall',
      details: { s3Code: 'EntityTooSmall', status: 400 },
    });
    await expect(admin.send(new HeadObjectCommand({ Bucket: b, Key: 'k' }))).rejects.toMatchObject({
      name: 'NotFound',
    });
    await abortUpload(client, upload);
  });

  it('refuses a file range past the end of the file before sending', async () => {
    const b = await bucket('mp-range');
    const path = await tempFile('short.bin', randomBytes(10));
    const { uploadId } = await createUpload(client, { bucket: b, key: 'k' });
    const upload = { bucket: b, key: 'k', uploadId };
    expect(
      await failureOf(uploadPart(client, upload, 1, { kind: 'file', path, offset: 5, length: 6 })),
    ).toMatchObject({ code: 'InvalidInput', details: { fields: ['source.length'] } });
    expect(
      await failureOf(
        uploadPart(client, upload, 1, { kind: 'file', path: 'relative.bin', offset: 0, length: 1 }),
      ),
    ).toMatchObject({ code: 'InvalidInput', details: { fields: ['source.path'] } });
    expect((await listParts(client, upload)).parts).toEqual([]);
    await abortUpload(client, upload);
  });
});

describe('listUploads', () => {
  it('pages with key and upload id markers, filtered by prefix', async () => {
    const b = await bucket('mp-list');
    const ids = [];
    for (const key of ['a/1', 'a/2', 'a/3', 'b/1']) {
      ids.push({ key, ...(await createUpload(client, { bucket: b, key })) });
    }
    const seen: string[] = [];
    let page = await listUploads(client, { bucket: b, prefix: 'a/', maxUploads: 2 });
    seen.push(...page.uploads.map((u) => u.key));
    expect(page.nextKeyMarker).not.toBeNull();
    page = await listUploads(client, {
      bucket: b,
      prefix: 'a/',
      maxUploads: 2,
      keyMarker: page.nextKeyMarker ?? undefined,
      uploadIdMarker: page.nextUploadIdMarker ?? undefined,
    });
    seen.push(...page.uploads.map((u) => u.key));
    expect(page.nextKeyMarker).toBeNull();
    expect(seen).toEqual(['a/1', 'a/2', 'a/3']);
    expect(Date.parse(page.uploads[0]?.initiated ?? '')).toBeGreaterThan(Date.now() - 600_000);
    for (const { key, uploadId } of ids) await abortUpload(client, { bucket: b, key, uploadId });
  });
});

describe('uploadPartCopy (UploadPartCopy)', () => {
  it('builds an object from ranges of another: identical bytes', async () => {
    const b = await bucket('mp-partcopy');
    const source = randomBytes(6 * MiB + 10);
    await admin.send(new PutObjectCommand({ Bucket: b, Key: 'src object', Body: source }));
    const session: CopySession = { client, dialect: dialects.ceph };
    const { uploadId } = await createUpload(client, { bucket: b, key: 'assembled' });
    const upload = { bucket: b, key: 'assembled', uploadId };
    const from = { bucket: b, key: 'src object' };
    const p1 = await uploadPartCopy(session, {
      upload,
      partNumber: 1,
      source: from,
      range: { start: 0, end: 5 * MiB - 1 },
    });
    const p2 = await uploadPartCopy(session, {
      upload,
      partNumber: 2,
      source: from,
      range: { start: 5 * MiB, end: source.length - 1 },
    });
    expect(p1.etag).toMatch(/^".+"$/);
    await completeUpload(client, upload, [
      { partNumber: 1, etag: p1.etag },
      { partNumber: 2, etag: p2.etag },
    ]);
    expect((await bytesOf(b, 'assembled')).equals(source)).toBe(true);
    const head = await admin.send(new HeadObjectCommand({ Bucket: b, Key: 'assembled' }));
    expect(head.ETag).toMatch(/-2"$/);
  });

  it('refuses conditions the provider does not check, before sending', async () => {
    const b = await bucket('mp-partcopy-jd');
    const upload = { bucket: b, key: 'k', uploadId: 'never-sent' };
    for (const dialect of [dialects.jdcloud, dialects.ceph]) {
      const failure = await failureOf(
        uploadPartCopy(
          { client, dialect },
          {
            upload,
            partNumber: 1,
            source: { bucket: b, key: 'x' },
            conditions: { ifNoneMatch: '"a"' },
          },
        ),
      );
      expect(failure).toMatchObject({
        code: 'UnsupportedByProvider',
        details: {
          provider: dialect.id,
          field: 'x-amz-copy-source-if-none-match on upload part copy',
        },
      });
    }
  });
});
