import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buffer } from 'node:stream/consumers';
import { GetObjectCommand, HeadObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { adminClient, createTestBucket } from '../../../e2e/fixtures/s3.js';
import type { TestBucket } from '../../../e2e/fixtures/s3.js';
import { createS3Client } from '../s3/client-factory.js';
import { toAppError } from '../s3/errors.js';
import { AppError } from '../../../shared/contract/envelope.js';
import { testSettings } from '../test-support.js';
import { getObjectStream, readObjectRange } from './object-read.js';
import { deleteObject } from './objects-delete.js';
import { headObject } from './objects-head.js';
import { putObject } from './objects-put.js';

const admin = adminClient();
const client = createS3Client(testSettings());
const MiB = 1024 * 1024;
let bucket: TestBucket;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'holdall-objects-'));
});
beforeEach(async () => {
  bucket = await createTestBucket(admin, 'objects');
});
afterEach(async () => {
  await bucket.remove();
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  client.destroy();
  admin.destroy();
});

const failureOf = (work: Promise<unknown>) =>
  work.then(
    () => undefined,
    // What the dispatcher does with a thrown error.
    (err: unknown) => (err instanceof AppError ? err.toShape() : toAppError(err)),
  );

async function adminGet(key: string) {
  const out = await admin.send(new GetObjectCommand({ Bucket: bucket.name, Key: key }));
  if (out.Body === undefined) throw new Error('no body');
  return { out, bytes: Buffer.from(await out.Body.transformToByteArray()) };
}

/** Puts random bytes through the admin client, so reads are checked against a known truth. */
async function adminPutRandom(key: string, size: number): Promise<Buffer> {
  const bytes = randomBytes(size);
  await admin.send(new PutObjectCommand({ Bucket: bucket.name, Key: key, Body: bytes }));
  return bytes;
}

describe('putObject (PutObject)', () => {
  it('streams a local file with its length, type, cache control and metadata', async () => {
    const bytes = randomBytes(3 * MiB + 17);
    const path = join(dir, 'photo.bin');
    await writeFile(path, bytes);
    const result = await putObject(client, {
      bucket: bucket.name,
      key: 'photos/2024/ünïcode photo.bin',
      source: { kind: 'file', path },
      contentType: 'image/x-test',
      cacheControl: 'max-age=60',
      metadata: { 'Origin-Host': 'laptop', note: 'a plain value' },
      storageClass: 'STANDARD',
    });

    const { out, bytes: stored } = await adminGet('photos/2024/ünïcode photo.bin');
    expect(stored.equals(bytes)).toBe(true);
    expect(out.ContentType).toBe('image/x-test');
    expect(out.CacheControl).toBe('max-age=60');
    expect(out.Metadata).toEqual({ 'origin-host': 'laptop', note: 'a plain value' });
    const md5 = createHash('md5').update(bytes).digest('hex');
    expect(result.etag).toBe(`"${md5}"`);
    expect(out.ETag).toBe(result.etag);
  });

  it('writes small text, and an empty folder marker', async () => {
    await putObject(client, {
      bucket: bucket.name,
      key: 'notes/todo.txt',
      source: { kind: 'text', text: 'milk, bread — ünïcode' },
    });
    await putObject(client, {
      bucket: bucket.name,
      key: 'empty/',
      source: { kind: 'text', text: '' },
    });

    const { out, bytes } = await adminGet('notes/todo.txt');
    expect(bytes.toString('utf8')).toBe('milk, bread — ünïcode');
    expect(out.ContentType).toBe('text/plain; charset=utf-8');
    const marker = await admin.send(new HeadObjectCommand({ Bucket: bucket.name, Key: 'empty/' }));
    expect(marker.ContentLength).toBe(0);
  });

  it('refuses relative and missing paths as InvalidInput naming source.path', async () => {
    const relative = await failureOf(
      putObject(client, { bucket: bucket.name, key: 'k', source: { kind: 'file', path: 'a.txt' } }),
    );
    expect(relative).toMatchObject({ code: 'InvalidInput', details: { fields: ['source.path'] } });
    const missing = await failureOf(
      putObject(client, {
        bucket: bucket.name,
        key: 'k',
        source: { kind: 'file', path: join(dir, 'nope.bin') },
      }),
    );
    expect(missing).toMatchObject({ code: 'InvalidInput', message: 'source.path: no such file' });
    const folder = await failureOf(
      putObject(client, { bucket: bucket.name, key: 'k', source: { kind: 'file', path: dir } }),
    );
    expect(folder).toMatchObject({ code: 'InvalidInput', message: 'source.path: is not a file' });
  });

  it('stores the object in the REDUCED_REDUNDANCY storage class when asked', async () => {
    await putObject(client, {
      bucket: bucket.name,
      key: 'rr.txt',
      source: { kind: 'text', text: 'x' },
      storageClass: 'REDUCED_REDUNDANCY',
    });
    const head = await admin.send(new HeadObjectCommand({ Bucket: bucket.name, Key: 'rr.txt' }));
    expect(head.StorageClass).toBe('REDUCED_REDUNDANCY');
  });
});

describe('readObjectRange and getObjectStream (GetObject)', () => {
  it('reads the first bytes, a middle range and the tail, as stored', async () => {
    const bytes = await adminPutRandom('data.bin', 2 * MiB + 500);

    const first = await readObjectRange(client, { bucket: bucket.name, key: 'data.bin' });
    expect(first).toMatchObject({ totalSize: bytes.length, start: 0, end: MiB - 1 });
    expect(Buffer.from(first.base64, 'base64').equals(bytes.subarray(0, MiB))).toBe(true);

    const middle = await readObjectRange(client, {
      bucket: bucket.name,
      key: 'data.bin',
      start: 1000,
      end: 1999,
    });
    expect(middle).toMatchObject({
      start: 1000,
      end: 1999,
      contentType: 'application/octet-stream',
    });
    expect(Buffer.from(middle.base64, 'base64').equals(bytes.subarray(1000, 2000))).toBe(true);

    const tail = await readObjectRange(client, {
      bucket: bucket.name,
      key: 'data.bin',
      start: 2 * MiB,
    });
    expect(tail).toMatchObject({ start: 2 * MiB, end: bytes.length - 1 });
    expect(Buffer.from(tail.base64, 'base64').equals(bytes.subarray(2 * MiB))).toBe(true);
  });

  it('answers a range past the end with InvalidRange as a value', async () => {
    await adminPutRandom('small.bin', 100);
    const failure = await failureOf(
      readObjectRange(client, { bucket: bucket.name, key: 'small.bin', start: 100, end: 200 }),
    );
    expect(failure).toMatchObject({ code: 'InvalidRange', details: { status: 416 } });
  });

  it('previews an empty object as no bytes', async () => {
    await bucket.put({ 'empty.txt': '' });
    expect(await readObjectRange(client, { bucket: bucket.name, key: 'empty.txt' })).toMatchObject({
      totalSize: 0,
      start: 0,
      end: -1,
      base64: '',
    });
  });

  it('refuses more than 1 MiB per call as InvalidInput naming end', async () => {
    const failure = await failureOf(
      readObjectRange(client, { bucket: bucket.name, key: 'any', start: 0, end: MiB }),
    );
    expect(failure).toMatchObject({ code: 'InvalidInput', details: { fields: ['end'] } });
  });

  it('streams from an offset with the total size and ETag, for resumed downloads', async () => {
    const bytes = await adminPutRandom('resume.bin', 5 * MiB);
    const stream = await getObjectStream(client, {
      bucket: bucket.name,
      key: 'resume.bin',
      start: 4 * MiB,
    });
    expect(stream.start).toBe(4 * MiB);
    expect(stream.totalSize).toBe(bytes.length);
    expect(stream.etag).toBe(`"${createHash('md5').update(bytes).digest('hex')}"`);
    expect((await buffer(stream.body)).equals(bytes.subarray(4 * MiB))).toBe(true);
  });

  it('reports a missing key as NoSuchKey', async () => {
    const failure = await failureOf(readObjectRange(client, { bucket: bucket.name, key: 'gone' }));
    expect(failure).toMatchObject({ code: 'NoSuchKey' });
  });
});

describe('headObject (HeadObject)', () => {
  it('answers size, ETag, type, date, storage class, cache control and metadata', async () => {
    await admin.send(
      new PutObjectCommand({
        Bucket: bucket.name,
        Key: 'doc.json',
        Body: '{"a":1}',
        ContentType: 'application/json',
        CacheControl: 'no-cache',
        Metadata: { author: 'ada' },
      }),
    );
    const head = await headObject(client, { bucket: bucket.name, key: 'doc.json' });
    expect(head).toEqual({
      size: 7,
      etag: `"${createHash('md5').update('{"a":1}').digest('hex')}"`,
      contentType: 'application/json',
      lastModified: expect.any(String) as string,
      // RGW, like S3, sends no storage-class header for STANDARD.
      storageClass: 'STANDARD',
      cacheControl: 'no-cache',
      contentDisposition: null,
      contentEncoding: null,
      contentLanguage: null,
      expires: null,
      versionId: null,
      metadata: { author: 'ada' },
    });
    expect(Date.parse(head.lastModified ?? '')).toBeGreaterThan(Date.now() - 10 * 60_000);
  });

  it('reports a missing key as NoSuchKey though HEAD answers a bare 404', async () => {
    const failure = await failureOf(headObject(client, { bucket: bucket.name, key: 'nope' }));
    expect(failure).toMatchObject({
      code: 'NoSuchKey',
      message: 'The object does not exist.',
      details: { status: 404 },
    });
  });
});

describe('deleteObject (DeleteObject)', () => {
  it('deletes the object, and deleting it again still succeeds', async () => {
    await bucket.put({ 'bye.txt': 'x', 'stay.txt': 'y' });
    await deleteObject(client, { bucket: bucket.name, key: 'bye.txt' });
    const gone = await admin
      .send(new HeadObjectCommand({ Bucket: bucket.name, Key: 'bye.txt' }))
      .then(
        () => 200,
        (err: { $metadata?: { httpStatusCode?: number } }) => err.$metadata?.httpStatusCode,
      );
    expect(gone).toBe(404);
    await deleteObject(client, { bucket: bucket.name, key: 'bye.txt' });
    const kept = await admin.send(new HeadObjectCommand({ Bucket: bucket.name, Key: 'stay.txt' }));
    expect(kept.ContentLength).toBe(1);
  });
});
