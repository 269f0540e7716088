import { randomBytes } from 'node:crypto';
import {
  CreateBucketCommand,
  DeleteBucketCommand,
  DeleteObjectsCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import type { ClientSettings } from '../s3/client-factory.js';

/** The server the integration run started (see e2e/fixtures/vitest-global-setup.ts). */
export function testSettings(): ClientSettings {
  const { S3_ENDPOINT, S3_REGION, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY } = process.env;
  if (!S3_ENDPOINT || !S3_ACCESS_KEY_ID || !S3_SECRET_ACCESS_KEY) {
    throw new Error('No S3 test server: run integration tests through `npm run test:int`');
  }
  return {
    provider: 'ceph',
    endpoint: S3_ENDPOINT,
    region: S3_REGION ?? 'us-east-1',
    addressing: 'path',
    accessKeyId: S3_ACCESS_KEY_ID,
    secretAccessKey: S3_SECRET_ACCESS_KEY,
  };
}

/** A plain SDK client, independent of Holdall's code, to check what the server really holds. */
export function plainClient(): S3Client {
  const s = testSettings();
  return new S3Client({
    endpoint: s.endpoint,
    region: s.region,
    forcePathStyle: true,
    credentials: { accessKeyId: s.accessKeyId, secretAccessKey: s.secretAccessKey },
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
}

export function uniqueBucketName(label: string): string {
  return `t-${label}-${randomBytes(4).toString('hex')}`.slice(0, 63);
}

export interface TestBucket {
  name: string;
  put(keys: readonly string[], body?: string): Promise<void>;
  remove(): Promise<void>;
}

/** Each test gets its own bucket so tests never see each other's objects. */
export async function createTestBucket(client: S3Client, label: string): Promise<TestBucket> {
  const name = uniqueBucketName(label);
  await client.send(new CreateBucketCommand({ Bucket: name }));
  return {
    name,
    async put(keys, body = 'x') {
      for (let i = 0; i < keys.length; i += 16) {
        await Promise.all(
          keys
            .slice(i, i + 16)
            .map((Key) => client.send(new PutObjectCommand({ Bucket: name, Key, Body: body }))),
        );
      }
    },
    async remove() {
      for (;;) {
        const page = await client.send(new ListObjectsV2Command({ Bucket: name }));
        const keys = (page.Contents ?? []).flatMap((o) =>
          o.Key === undefined ? [] : [{ Key: o.Key }],
        );
        if (keys.length === 0) break;
        await client.send(new DeleteObjectsCommand({ Bucket: name, Delete: { Objects: keys } }));
      }
      await client.send(new DeleteBucketCommand({ Bucket: name }));
    },
  };
}
