import {
  DeleteBucketPolicyCommand,
  ListObjectsV2Command,
  PutBucketPolicyCommand,
  PutObjectCommand,
} from '@aws-sdk/client-s3';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { adminClient, createTestBucket } from '../../../e2e/fixtures/s3.js';
import type { TestBucket } from '../../../e2e/fixtures/s3.js';
import { createS3Client } from '../s3/client-factory.js';
import { testSettings } from '../test-support.js';
import { deleteKeys } from './delete-objects.js';
import { deleteUnderPrefix } from './objects-delete-prefix.js';

const admin = adminClient();
const client = createS3Client(testSettings());
/** Headers of every DeleteObjects request the client signed, as sent. */
const deleteRequests: Record<string, string>[] = [];
client.middlewareStack.add(
  (next, context) => (args) => {
    if (context.commandName === 'DeleteObjectsCommand') {
      deleteRequests.push({ ...(args.request as { headers: Record<string, string> }).headers });
    }
    return next(args);
  },
  { step: 'finalizeRequest', priority: 'low', name: 'testRecordDeleteObjects' },
);
let bucket: TestBucket;

beforeEach(async () => {
  bucket = await createTestBucket(admin, 'delete');
  deleteRequests.length = 0;
});
afterEach(async () => {
  await bucket.remove();
});
afterAll(() => {
  client.destroy();
  admin.destroy();
});

async function putMany(keys: readonly string[]): Promise<void> {
  let next = 0;
  const worker = async () => {
    for (let key = keys[next++]; key !== undefined; key = keys[next++]) {
      await admin.send(new PutObjectCommand({ Bucket: bucket.name, Key: key, Body: 'x' }));
    }
  };
  await Promise.all(Array.from({ length: 32 }, worker));
}

/** Every key the server holds, read with the plain SDK client. */
async function storedKeys(): Promise<string[]> {
  const keys: string[] = [];
  let token: string | undefined;
  do {
    const page = await admin.send(
      new ListObjectsV2Command({ Bucket: bucket.name, ContinuationToken: token }),
    );
    keys.push(...(page.Contents ?? []).flatMap((o) => (o.Key === undefined ? [] : [o.Key])));
    token = page.IsTruncated === true ? page.NextContinuationToken : undefined;
  } while (token !== undefined);
  return keys.sort();
}

describe('deleteKeys (DeleteObjects)', () => {
  it('deletes 1,100 keys in two requests of at most 1,000, with Content-MD5', async () => {
    const keys = Array.from({ length: 1100 }, (_, i) => `batch/${i}-ü ünïcode & <xml>`);
    await putMany([...keys, 'other/keep.txt']);
    const progress: number[] = [];

    const result = await deleteKeys(client, bucket.name, keys, {
      onProgress: (n) => progress.push(n),
    });

    expect(result.errors).toEqual([]);
    expect(result.deleted.sort()).toEqual([...keys].sort());
    expect(await storedKeys()).toEqual(['other/keep.txt']);
    expect(progress).toHaveLength(2);
    expect(progress.at(-1)).toBe(1100);
    // RGW is a non-AWS dialect: each request carries Content-MD5, not the SDK's CRC32.
    expect(deleteRequests).toHaveLength(2);
    for (const headers of deleteRequests) {
      expect(headers['content-md5']).toMatch(/^[A-Za-z0-9+/]{22}==$/);
      expect(Object.keys(headers).filter((h) => h.startsWith('x-amz-checksum-'))).toEqual([]);
    }
  });

  it('reports keys the server refuses one by one and deletes the rest', async () => {
    await bucket.put({ 'locked/a.txt': 'x', 'free/b.txt': 'x' });
    await admin.send(
      new PutBucketPolicyCommand({
        Bucket: bucket.name,
        Policy: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Deny',
              Principal: '*',
              Action: 's3:DeleteObject',
              Resource: `arn:aws:s3:::${bucket.name}/locked/*`,
            },
          ],
        }),
      }),
    );
    try {
      const result = await deleteKeys(client, bucket.name, ['locked/a.txt', 'free/b.txt']);
      expect(result.deleted).toEqual(['free/b.txt']);
      expect(result.errors).toEqual([
        { key: 'locked/a.txt', code: 'AccessDenied', message: expect.any(String) as string },
      ]);
      expect(await storedKeys()).toEqual(['locked/a.txt']);
    } finally {
      await admin.send(new DeleteBucketPolicyCommand({ Bucket: bucket.name }));
    }
  });

  it('sends nothing for no keys or a canceled call, and one key for duplicates', async () => {
    expect(await deleteKeys(client, bucket.name, [])).toEqual({ deleted: [], errors: [] });
    await expect(
      deleteKeys(client, bucket.name, ['a'], { signal: AbortSignal.abort() }),
    ).rejects.toMatchObject({ code: 'Canceled' });
    expect(deleteRequests).toHaveLength(0);
    await bucket.put({ 'dup.txt': 'x' });
    const result = await deleteKeys(client, bucket.name, ['dup.txt', 'dup.txt']);
    expect(result.deleted).toEqual(['dup.txt']);
    expect(await storedKeys()).toEqual([]);
  });
});

describe('deleteUnderPrefix (the folder delete task)', () => {
  it('deletes every key under the prefix, leaving look-alike and other prefixes', async () => {
    const inside = Array.from({ length: 1203 }, (_, i) => `photos/${i % 3}/img-${i}.jpg`);
    const outside = ['photos-old/a.jpg', 'photosx', 'docs/photos/a.jpg', 'top.txt'];
    await putMany([...inside, 'photos/', ...outside]);
    const progress: number[] = [];

    const result = await deleteUnderPrefix(client, bucket.name, 'photos/', {
      onProgress: (n) => progress.push(n),
    });

    expect(result).toEqual({ deleted: 1204, errors: [] });
    expect(await storedKeys()).toEqual([...outside].sort());
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.at(-1)).toBe(1204);
  });
});
