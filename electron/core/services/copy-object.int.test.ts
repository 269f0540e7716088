import { randomBytes } from 'node:crypto';
import {
  GetObjectCommand,
  GetObjectTaggingCommand,
  HeadObjectCommand,
  ListMultipartUploadsCommand,
  PutObjectCommand,
  PutObjectTaggingCommand,
} from '@aws-sdk/client-s3';
import type { S3Client } from '@aws-sdk/client-s3';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/contract/envelope.js';
import { adminClient, createTestBucket } from '../../../e2e/fixtures/s3.js';
import type { TestBucket } from '../../../e2e/fixtures/s3.js';
import { createS3Client } from '../s3/client-factory.js';
import { dialects } from '../s3/dialects.js';
import { toAppError } from '../s3/errors.js';
import { testSettings } from '../test-support.js';
import { copyObject } from './copy-object.js';
import type { CopySession } from './copy-types.js';

const MiB = 1024 * 1024;
const admin = adminClient();
const session: CopySession = { client: createS3Client(testSettings()), dialect: dialects.ceph };
const buckets: TestBucket[] = [];

async function bucket(label: string): Promise<string> {
  const b = await createTestBucket(admin, label);
  buckets.push(b);
  return b.name;
}

async function bytesOf(client: S3Client, Bucket: string, Key: string): Promise<Buffer> {
  const out = await client.send(new GetObjectCommand({ Bucket, Key }));
  return Buffer.from(await out.Body!.transformToByteArray());
}

const failureOf = (work: Promise<unknown>) =>
  work.then(
    () => undefined,
    (err: unknown) => (err instanceof AppError ? err.toShape() : toAppError(err)),
  );

afterEach(async () => {
  await Promise.all(buckets.splice(0).map((b) => b.remove()));
});
afterAll(() => {
  session.client.destroy();
  admin.destroy();
});

describe('copyObject (CopyObject)', () => {
  it('copies to another bucket keeping metadata and content type (COPY)', async () => {
    const from = await bucket('copy-src');
    const to = await bucket('copy-dst');
    const key = 'docs/a b+é.txt';
    await admin.send(
      new PutObjectCommand({
        Bucket: from,
        Key: key,
        Body: 'hello',
        ContentType: 'text/plain',
        Metadata: { owner: 'ann' },
      }),
    );
    const result = await copyObject(session, {
      source: { bucket: from, key },
      target: { bucket: to, key: 'copied/x.txt' },
    });
    expect(result).toMatchObject({ method: 'single', parts: 1 });
    const head = await admin.send(new HeadObjectCommand({ Bucket: to, Key: 'copied/x.txt' }));
    expect(head.ContentType).toBe('text/plain');
    expect(head.Metadata).toEqual({ owner: 'ann' });
    expect(head.ETag).toBe(result.etag);
    expect((await bytesOf(admin, to, 'copied/x.txt')).toString()).toBe('hello');
  });

  it('replaces metadata, content type and cache control (REPLACE) in the same bucket', async () => {
    const b = await bucket('copy-replace');
    await admin.send(
      new PutObjectCommand({ Bucket: b, Key: 'a', Body: 'x', Metadata: { old: '1' } }),
    );
    await copyObject(session, {
      source: { bucket: b, key: 'a' },
      target: { bucket: b, key: 'a' },
      options: {
        metadataDirective: 'REPLACE',
        metadata: { fresh: 'yes' },
        contentType: 'application/json',
        cacheControl: 'max-age=60',
        storageClass: 'STANDARD',
      },
    });
    const head = await admin.send(new HeadObjectCommand({ Bucket: b, Key: 'a' }));
    expect(head.Metadata).toEqual({ fresh: 'yes' });
    expect(head.ContentType).toBe('application/json');
    expect(head.CacheControl).toBe('max-age=60');
  });

  it('honours copy conditions: a matching If-Match copies, a failing one is PreconditionFailed', async () => {
    const b = await bucket('copy-cond');
    const put = await admin.send(new PutObjectCommand({ Bucket: b, Key: 'a', Body: 'x' }));
    const copy = (conditions: object, key: string) =>
      copyObject(session, {
        source: { bucket: b, key: 'a' },
        target: { bucket: b, key },
        options: { conditions },
      });
    await copy({ ifMatch: put.ETag }, 'matched');
    expect(await failureOf(copy({ ifMatch: '"0000"' }, 'no-match'))).toMatchObject({
      code: 'PreconditionFailed',
    });
    expect(await failureOf(copy({ ifNoneMatch: put.ETag }, 'none-match'))).toMatchObject({
      code: 'PreconditionFailed',
    });
    const hourAgo = new Date(Date.now() - 3_600_000).toISOString();
    const inAnHour = new Date(Date.now() + 3_600_000).toISOString();
    const notModified = await failureOf(copy({ ifModifiedSince: inAnHour }, 'modified'));
    expect(notModified, JSON.stringify(notModified)).toMatchObject({ code: 'PreconditionFailed' });
    expect(await failureOf(copy({ ifUnmodifiedSince: hourAgo }, 'unmodified'))).toMatchObject({
      code: 'PreconditionFailed',
    });
    await copy({ ifModifiedSince: hourAgo, ifUnmodifiedSince: inAnHour }, 'dates-hold');
    for (const Key of ['matched', 'dates-hold']) {
      await expect(admin.send(new HeadObjectCommand({ Bucket: b, Key }))).resolves.toBeTruthy();
    }
    for (const Key of ['no-match', 'none-match', 'modified', 'unmodified']) {
      await expect(admin.send(new HeadObjectCommand({ Bucket: b, Key }))).rejects.toMatchObject({
        name: 'NotFound',
      });
    }
  });

  it('keeps tags on a plain copy, and refuses a tagging directive RGW would ignore', async () => {
    const b = await bucket('copy-tags');
    await admin.send(new PutObjectCommand({ Bucket: b, Key: 'a', Body: 'x' }));
    await admin.send(
      new PutObjectTaggingCommand({
        Bucket: b,
        Key: 'a',
        Tagging: { TagSet: [{ Key: 't', Value: '1' }] },
      }),
    );
    await copyObject(session, {
      source: { bucket: b, key: 'a' },
      target: { bucket: b, key: 'kept' },
    });
    const kept = await admin.send(new GetObjectTaggingCommand({ Bucket: b, Key: 'kept' }));
    expect(kept.TagSet).toEqual([{ Key: 't', Value: '1' }]);
    // Measured: RGW keeps the source tags even under REPLACE, so it is refused, not faked.
    const failure = await failureOf(
      copyObject(session, {
        source: { bucket: b, key: 'a' },
        target: { bucket: b, key: 'replaced' },
        options: { taggingDirective: 'REPLACE', tags: { team: 'blue' } },
      }),
    );
    expect(failure).toMatchObject({
      code: 'UnsupportedByProvider',
      details: { field: 'x-amz-tagging-directive on copy' },
    });
    await expect(
      admin.send(new HeadObjectCommand({ Bucket: b, Key: 'replaced' })),
    ).rejects.toMatchObject({ name: 'NotFound' });
  });

  it('edits an object in place (REPLACE onto itself), every content header as given', async () => {
    const b = await bucket('copy-self');
    await admin.send(
      new PutObjectCommand({
        Bucket: b,
        Key: 'a.txt',
        Body: 'same bytes',
        ContentType: 'text/plain',
      }),
    );
    const headers = {
      contentType: 'text/markdown',
      cacheControl: 'max-age=60',
      contentDisposition: 'attachment; filename="a.txt"',
      contentEncoding: 'identity',
      contentLanguage: 'zh-CN',
      expires: '2030-01-02T03:04:05.000Z',
    };
    await copyObject(session, {
      source: { bucket: b, key: 'a.txt' },
      target: { bucket: b, key: 'a.txt' },
      options: {
        metadataDirective: 'REPLACE',
        metadata: { owner: 'ada' },
        storageClass: 'REDUCED_REDUNDANCY',
        ...headers,
      },
    });
    const head = await admin.send(new HeadObjectCommand({ Bucket: b, Key: 'a.txt' }));
    expect(head).toMatchObject({
      ContentType: headers.contentType,
      CacheControl: headers.cacheControl,
      ContentDisposition: headers.contentDisposition,
      ContentEncoding: headers.contentEncoding,
      ContentLanguage: headers.contentLanguage,
      StorageClass: 'REDUCED_REDUNDANCY',
      Metadata: { owner: 'ada' },
    });
    expect(head.Expires?.toISOString()).toBe(headers.expires);
    expect((await bytesOf(admin, b, 'a.txt')).toString()).toBe('same bytes');
  });

  it('copies into the REDUCED_REDUNDANCY storage class and back to STANDARD', async () => {
    const b = await bucket('copy-class');
    await admin.send(new PutObjectCommand({ Bucket: b, Key: 'a', Body: 'x' }));
    await copyObject(session, {
      source: { bucket: b, key: 'a' },
      target: { bucket: b, key: 'rrs' },
      options: { storageClass: 'REDUCED_REDUNDANCY' },
    });
    const reduced = await admin.send(new HeadObjectCommand({ Bucket: b, Key: 'rrs' }));
    expect(reduced.StorageClass).toBe('REDUCED_REDUNDANCY');
    await copyObject(session, {
      source: { bucket: b, key: 'rrs' },
      target: { bucket: b, key: 'std' },
      options: { storageClass: 'STANDARD' },
    });
    const standard = await admin.send(new HeadObjectCommand({ Bucket: b, Key: 'std' }));
    // S3 omits the header for STANDARD.
    expect(standard.StorageClass ?? 'STANDARD').toBe('STANDARD');
  });

  it('refuses JD Cloud restrictions before sending anything', async () => {
    const b = await bucket('copy-jd');
    const jd: CopySession = { client: session.client, dialect: dialects.jdcloud };
    const failure = await failureOf(
      copyObject(jd, {
        source: { bucket: b, key: 'missing' },
        target: { bucket: b, key: 'x' },
        options: { conditions: { ifMatch: '"a"' } },
      }),
    );
    // UnsupportedByProvider, not NoSuchKey: the request never reached the server.
    expect(failure).toMatchObject({
      code: 'UnsupportedByProvider',
      details: { field: 'x-amz-copy-source-if-match on copy' },
    });
  });

  it('reports a missing source as NoSuchKey', async () => {
    const b = await bucket('copy-missing');
    const failure = await failureOf(
      copyObject(session, { source: { bucket: b, key: 'nope' }, target: { bucket: b, key: 'x' } }),
    );
    expect(failure).toMatchObject({ code: 'NoSuchKey' });
  });
});

describe('copyObject over the multipart threshold (UploadPartCopy)', () => {
  it('copies a 12 MiB object in 5 MiB parts: identical bytes, metadata kept, ETag "-3"', async () => {
    const from = await bucket('mpcopy-src');
    const to = await bucket('mpcopy-dst');
    const body = randomBytes(12 * MiB);
    await admin.send(
      new PutObjectCommand({
        Bucket: from,
        Key: 'big.bin',
        Body: body,
        ContentType: 'application/x-test',
        Metadata: { origin: 'upload' },
      }),
    );
    const progress: number[] = [];
    const result = await copyObject(
      session,
      { source: { bucket: from, key: 'big.bin' }, target: { bucket: to, key: 'copy.bin' } },
      { multipartThreshold: MiB, partSize: 5 * MiB, onProgress: (n) => progress.push(n) },
    );
    expect(result).toMatchObject({ method: 'multipart', parts: 3 });
    const head = await admin.send(new HeadObjectCommand({ Bucket: to, Key: 'copy.bin' }));
    expect(head.ETag).toMatch(/-3"$/);
    expect(result.etag).toBe(head.ETag);
    expect(head.ContentLength).toBe(12 * MiB);
    expect(head.ContentType).toBe('application/x-test');
    expect(head.Metadata).toEqual({ origin: 'upload' });
    expect((await bytesOf(admin, to, 'copy.bin')).equals(body)).toBe(true);
    expect(progress.sort((a, b) => a - b).at(-1)).toBe(12 * MiB);
    const uploads = await admin.send(new ListMultipartUploadsCommand({ Bucket: to }));
    expect(uploads.Uploads ?? []).toEqual([]);
  });

  it('edits a large object in place part by part: new headers, same bytes', async () => {
    const b = await bucket('mpcopy-self');
    const body = randomBytes(6 * MiB);
    await admin.send(new PutObjectCommand({ Bucket: b, Key: 'big', Body: body }));
    const result = await copyObject(
      session,
      {
        source: { bucket: b, key: 'big' },
        target: { bucket: b, key: 'big' },
        options: {
          metadataDirective: 'REPLACE',
          metadata: { edited: 'yes' },
          contentType: 'application/x-edited',
          contentDisposition: 'attachment; filename="big.bin"',
          contentLanguage: 'zh-CN',
          expires: '2030-01-02T03:04:05.000Z',
          storageClass: 'REDUCED_REDUNDANCY',
        },
      },
      { multipartThreshold: MiB, partSize: 5 * MiB },
    );
    expect(result).toMatchObject({ method: 'multipart', parts: 2 });
    const head = await admin.send(new HeadObjectCommand({ Bucket: b, Key: 'big' }));
    expect(head).toMatchObject({
      ContentType: 'application/x-edited',
      ContentDisposition: 'attachment; filename="big.bin"',
      ContentLanguage: 'zh-CN',
      StorageClass: 'REDUCED_REDUNDANCY',
      Metadata: { edited: 'yes' },
      ContentLength: 6 * MiB,
    });
    expect(head.Expires?.toISOString()).toBe('2030-01-02T03:04:05.000Z');
    expect((await bytesOf(admin, b, 'big')).equals(body)).toBe(true);
  });

  it('checks conditions before a multipart copy and leaves no upload behind', async () => {
    const b = await bucket('mpcopy-cond');
    await admin.send(new PutObjectCommand({ Bucket: b, Key: 'big', Body: randomBytes(6 * MiB) }));
    const failure = await failureOf(
      copyObject(
        session,
        {
          source: { bucket: b, key: 'big' },
          target: { bucket: b, key: 'copy' },
          options: { conditions: { ifMatch: '"0000"' } },
        },
        { multipartThreshold: MiB, partSize: 5 * MiB },
      ),
    );
    expect(failure).toMatchObject({ code: 'PreconditionFailed' });
    const uploads = await admin.send(new ListMultipartUploadsCommand({ Bucket: b }));
    expect(uploads.Uploads ?? []).toEqual([]);
  });
});
