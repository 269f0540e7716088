import { createHash } from 'node:crypto';
import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import type { S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createS3Client } from '../s3/client-factory.js';
import { toAppError } from '../s3/errors.js';
import { adminClient, createTestBucket, uniqueBucketName } from '../../../e2e/fixtures/s3.js';
import type { TestBucket } from '../../../e2e/fixtures/s3.js';
import { testSettings } from '../test-support.js';
import { listBuckets } from './buckets.js';
import { listObjectsPage } from './objects.js';

const admin = adminClient();
const client = createS3Client(testSettings());
let bucket: TestBucket;

beforeAll(async () => {
  bucket = await createTestBucket(admin, 'listing');
  await bucket.put({
    'top.txt': 'x',
    'docs/a.md': 'x',
    'docs/b.md': 'x',
    'docs/deep/c.md': 'x',
    'photos/1.jpg': 'x',
  });
});
afterAll(async () => {
  await bucket.remove();
  client.destroy();
  admin.destroy();
});

describe('listBuckets', () => {
  it('lists the bucket the server holds, with its creation date', async () => {
    const rows = await listBuckets(client);
    const row = rows.find((b) => b.name === bucket.name);
    expect(row).toBeDefined();
    expect(Date.parse(row?.createdAt ?? '')).toBeGreaterThan(Date.now() - 10 * 60_000);
  });
});

describe('listObjectsPage', () => {
  it('folds deeper keys into folders at the root', async () => {
    const page = await listObjectsPage(client, { bucket: bucket.name, prefix: '' });
    expect(page.folders).toEqual(['docs/', 'photos/']);
    expect(page.objects.map((o) => o.key)).toEqual(['top.txt']);
    expect(page.objects[0]).toMatchObject({ size: 1, storageClass: 'STANDARD' });
    expect(page.nextContinuationToken).toBeNull();
  });

  it('lists inside a folder prefix', async () => {
    const page = await listObjectsPage(client, { bucket: bucket.name, prefix: 'docs/' });
    expect(page.folders).toEqual(['docs/deep/']);
    expect(page.objects.map((o) => o.key)).toEqual(['docs/a.md', 'docs/b.md']);
  });

  it('pages with continuation tokens until every row is seen once', async () => {
    const seen: string[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const page = await listObjectsPage(client, {
        bucket: bucket.name,
        prefix: '',
        maxKeys: 1,
        continuationToken: token,
      });
      seen.push(...page.folders, ...page.objects.map((o) => o.key));
      token = page.nextContinuationToken ?? undefined;
      pages++;
    } while (token !== undefined && pages < 10);
    expect(pages).toBe(3);
    expect(seen.sort()).toEqual(['docs/', 'photos/', 'top.txt']);
  });

  it('gives each ETag, and with fetchOwner the owner, from one ListObjectsV2 call a page', async () => {
    const counted = createS3Client(testSettings());
    const sent = recordCommands(counted);
    try {
      const page = await listObjectsPage(counted, {
        bucket: bucket.name,
        prefix: 'docs/',
        fetchOwner: true,
      });
      // What the server itself answers to a plain client asking the same.
      const truth = await admin.send(
        new ListObjectsV2Command({ Bucket: bucket.name, Prefix: 'docs/a.md', FetchOwner: true }),
      );
      const md5 = createHash('md5').update('x').digest('hex');
      expect(page.objects.map((o) => o.etag)).toEqual([`"${md5}"`, `"${md5}"`]);
      const owner = truth.Contents?.[0]?.Owner?.DisplayName;
      expect(owner).toBe('holdall');
      expect(page.objects.map((o) => o.owner)).toEqual([owner, owner]);
      expect(sent).toEqual(['ListObjectsV2Command']);
    } finally {
      counted.destroy();
    }
  });

  it('leaves the owner out unless asked for it', async () => {
    const page = await listObjectsPage(client, { bucket: bucket.name, prefix: 'docs/' });
    expect(page.objects.map((o) => o.owner)).toEqual([null, null]);
  });

  it('reports a missing bucket as NoSuchBucket', async () => {
    const failure = await listObjectsPage(client, {
      bucket: uniqueBucketName('missing'),
      prefix: '',
    }).catch((err: unknown) => toAppError(err));
    expect(failure).toMatchObject({ code: 'NoSuchBucket', message: 'The bucket does not exist.' });
  });
});

/** S3 operations a client sends, by SDK command name. */
function recordCommands(target: S3Client): string[] {
  const sent: string[] = [];
  target.middlewareStack.add(
    (next, context) => (args) => {
      sent.push(context.commandName ?? '?');
      return next(args);
    },
    { step: 'initialize', name: 'recordCommands' },
  );
  return sent;
}
