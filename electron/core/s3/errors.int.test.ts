// Provokes each error a person can meet for real (RGW, or a loopback server where RGW cannot
// produce it) and checks the code and message Holdall shows.
import {
  CreateBucketCommand,
  DeleteBucketCommand,
  ListBucketsCommand,
  ListObjectsV2Command,
} from '@aws-sdk/client-s3';
import type { S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closedPort } from './test-servers/loopback.js';
import {
  adminClient,
  createTestBucket,
  s3OtherTarget,
  uniqueBucketName,
} from '../../../e2e/fixtures/s3.js';
import type { TestBucket } from '../../../e2e/fixtures/s3.js';
import { failureOf, testSettings, trackedClients } from '../test-support.js';
import type { ClientSettings } from './client-factory.js';
import { s3ErrorBody, startFakeS3 } from './test-servers/fake-s3.js';
import { startSelfSignedHttps } from './test-servers/self-signed-https.js';

const admin = adminClient();
const tracked = trackedClients();
let bucket: TestBucket;
const holdallClient = (overrides: Partial<ClientSettings> = {}, maxAttempts?: number): S3Client =>
  tracked.client(overrides, maxAttempts);

const other = s3OtherTarget();
const withOther = other === undefined ? undefined : { ...testSettings(), ...other };

beforeAll(async () => {
  bucket = await createTestBucket(admin, 'errors');
  await bucket.put({ 'keep.txt': 'x' });
});
afterAll(async () => {
  await bucket.remove();
  tracked.destroyAll();
  admin.destroy();
});

describe('credential errors', () => {
  it('wrong secret → SignatureDoesNotMatch', async () => {
    const client = holdallClient({ secretAccessKey: 'wrong-secret' }, 1);
    expect(await failureOf(client.send(new ListBucketsCommand({})))).toMatchObject({
      code: 'SignatureDoesNotMatch',
      message: 'The secret key is wrong for this access key.',
      details: { s3Code: 'SignatureDoesNotMatch', status: 403 },
    });
  });

  it('unknown access key → InvalidAccessKeyId', async () => {
    const client = holdallClient({ accessKeyId: 'NOSUCHKEY0000' }, 1);
    expect(await failureOf(client.send(new ListBucketsCommand({})))).toMatchObject({
      code: 'InvalidAccessKeyId',
      message: 'The server does not know this access key.',
      details: { s3Code: 'InvalidAccessKeyId', status: 403 },
    });
  });

  it('clock two hours behind → RequestTimeTooSkewed telling the user to fix the clock', async () => {
    // One attempt: with retries the SDK would learn the server's clock and quietly succeed.
    const client = holdallClient({}, 1);
    client.config.systemClockOffset = -2 * 60 * 60 * 1000;
    const failure = await failureOf(client.send(new ListBucketsCommand({})));
    expect(failure).toMatchObject({
      code: 'RequestTimeTooSkewed',
      details: { s3Code: 'RequestTimeTooSkewed', status: 403 },
    });
    expect(failure.message).toContain('Fix the system clock');
  });
});

describe('bucket errors from the server', () => {
  it.skipIf(withOther === undefined)(
    'another account reading a private bucket → AccessDenied',
    async () => {
      const client = holdallClient(withOther);
      const failure = await failureOf(
        client.send(new ListObjectsV2Command({ Bucket: bucket.name })),
      );
      expect(failure).toMatchObject({
        code: 'AccessDenied',
        details: { s3Code: 'AccessDenied', status: 403 },
      });
      expect(failure.message).toMatch(/^Access denied: .*another account/);
    },
  );

  it.skipIf(withOther === undefined)(
    'another account creating a name this one owns → BucketAlreadyExists',
    async () => {
      const client = holdallClient(withOther);
      const failure = await failureOf(
        client.send(new CreateBucketCommand({ Bucket: bucket.name })),
      );
      expect(failure).toMatchObject({
        code: 'BucketAlreadyExists',
        message: 'That bucket name is taken by another account; bucket names are global.',
        details: { s3Code: 'BucketAlreadyExists', status: 409 },
      });
    },
  );

  it('a bucket that is not there → NoSuchBucket', async () => {
    const client = holdallClient();
    const Bucket = uniqueBucketName('missing');
    expect(await failureOf(client.send(new ListObjectsV2Command({ Bucket })))).toMatchObject({
      code: 'NoSuchBucket',
      message: 'The bucket does not exist.',
      details: { s3Code: 'NoSuchBucket', status: 404 },
    });
  });

  it('deleting a bucket that holds an object → BucketNotEmpty', async () => {
    const client = holdallClient();
    const failure = await failureOf(client.send(new DeleteBucketCommand({ Bucket: bucket.name })));
    expect(failure).toMatchObject({
      code: 'BucketNotEmpty',
      message: 'The bucket is not empty: delete its objects first, or choose "empty it first".',
      details: { s3Code: 'BucketNotEmpty', status: 409 },
    });
  });

  it('a name the server refuses → InvalidBucketName (sent past our own schema on purpose)', async () => {
    const client = holdallClient();
    const failure = await failureOf(client.send(new CreateBucketCommand({ Bucket: 'Bad_Name' })));
    expect(failure).toMatchObject({
      code: 'InvalidBucketName',
      details: { s3Code: 'InvalidBucketName', status: 400 },
    });
    expect(failure.message).toContain('The server refused this bucket name.');
  });
});

describe('transport errors', () => {
  it('nothing listening → EndpointUnreachable, without hanging', async () => {
    const client = holdallClient({ endpoint: `http://127.0.0.1:${await closedPort()}` }, 1);
    const failure = await failureOf(client.send(new ListBucketsCommand({})));
    expect(failure).toMatchObject({ code: 'EndpointUnreachable' });
    expect(failure.message).toBe(
      'Cannot reach the endpoint (ECONNREFUSED). Check the address and your network.',
    );
  });

  it('a self-signed certificate → TlsError naming self-signed and corporate CAs', async () => {
    const server = await startSelfSignedHttps();
    try {
      const client = holdallClient({ endpoint: server.endpoint });
      const failure = await failureOf(client.send(new ListBucketsCommand({})));
      expect(failure).toMatchObject({ code: 'TlsError' });
      expect(failure.message).toContain('DEPTH_ZERO_SELF_SIGNED_CERT');
      expect(failure.message).toContain('self-signed');
      expect(failure.message).toContain('corporate CA');
    } finally {
      await server.close();
    }
  });

  it('503 SlowDown on every try → Throttled after the bounded retries', async () => {
    const server = await startFakeS3(() => ({
      status: 503,
      body: s3ErrorBody('SlowDown', 'Please reduce your request rate.'),
    }));
    try {
      const client = holdallClient({ endpoint: server.endpoint });
      const started = Date.now();
      const failure = await failureOf(client.send(new ListBucketsCommand({})));
      expect(failure).toMatchObject({
        code: 'Throttled',
        message:
          'The server asked us to slow down and kept refusing after retries; try again shortly.',
        details: { s3Code: 'SlowDown', status: 503 },
      });
      // The factory's three attempts, then it gives up: no endless retry loop.
      expect(server.requests).toHaveLength(3);
      expect(Date.now() - started).toBeLessThan(10_000);
    } finally {
      await server.close();
    }
  });
});
