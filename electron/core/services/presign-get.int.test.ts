import { randomBytes } from 'node:crypto';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { adminClient, createTestBucket, s3Target } from '../../../e2e/fixtures/s3.js';
import type { TestBucket } from '../../../e2e/fixtures/s3.js';
import { createS3Client } from '../s3/client-factory.js';
import { testSettings } from '../test-support.js';
import { presignGet } from './presign-get.js';

const admin = adminClient();
const client = createS3Client(testSettings());
const buckets: TestBucket[] = [];

async function bucket(label: string): Promise<string> {
  const b = await createTestBucket(admin, label);
  buckets.push(b);
  return b.name;
}

afterEach(async () => {
  await Promise.all(buckets.splice(0).map((b) => b.remove()));
});
afterAll(() => {
  client.destroy();
  admin.destroy();
});

describe('presignGet', () => {
  it('gives a URL that fetches a private object, which an unsigned URL cannot', async () => {
    const b = await bucket('presign-get');
    const key = 'private/ä b+c.bin';
    const body = randomBytes(4096);
    await admin.send(new PutObjectCommand({ Bucket: b, Key: key, Body: body }));

    const { url, expiresAt } = await presignGet(client, { bucket: b, key }, 300);
    expect(Math.abs(Date.parse(expiresAt) - (Date.now() + 300_000))).toBeLessThan(5_000);
    const signed = await fetch(url);
    expect(signed.status).toBe(200);
    expect(Buffer.from(await signed.arrayBuffer()).equals(body)).toBe(true);

    const unsigned = await fetch(`${s3Target().endpoint}${new URL(url).pathname}`);
    expect(unsigned.status).toBe(403);
  });

  it('sets Content-Disposition on the download when asked', async () => {
    const b = await bucket('presign-disp');
    await admin.send(new PutObjectCommand({ Bucket: b, Key: 'a.txt', Body: 'x' }));
    const { url } = await presignGet(client, { bucket: b, key: 'a.txt' }, 60, {
      responseContentDisposition: 'attachment; filename="report.txt"',
    });
    const response = await fetch(url);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="report.txt"');
  });

  it('stops working once expired', async () => {
    const b = await bucket('presign-exp');
    await admin.send(new PutObjectCommand({ Bucket: b, Key: 'a', Body: 'x' }));
    const { url } = await presignGet(client, { bucket: b, key: 'a' }, 1);
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    expect((await fetch(url)).status).toBe(403);
  });
});
