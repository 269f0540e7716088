import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import type { S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { adminClient, createTestBucket } from '../../../e2e/fixtures/s3.js';
import type { TestBucket } from '../../../e2e/fixtures/s3.js';
import { createS3Client } from '../s3/client-factory.js';
import { toAppError } from '../s3/errors.js';
import { startFakeS3 } from '../s3/test-servers/fake-s3.js';
import { clientFor, outcomeOf } from '../s3/test-servers/hostile-client.js';
import { testSettings } from '../test-support.js';
import { walkTree } from './objects-tree-walk.js';
import { listedKeyOf } from './objects-key-pages.js';
import type { ListedKey } from './objects-key-pages.js';

const admin = adminClient();
const client = createS3Client(testSettings());

/** ListObjectsV2 requests in flight now, the most at once, and how many were sent. */
const listings = { now: 0, most: 0, sent: 0 };
client.middlewareStack.add(
  (next, context) => async (args) => {
    if (context.commandName !== 'ListObjectsV2Command') return next(args);
    listings.sent++;
    listings.most = Math.max(listings.most, ++listings.now);
    try {
      return await next(args);
    } finally {
      listings.now--;
    }
  },
  { step: 'finalizeRequest', priority: 'low', name: 'testCountListings' },
);
const resetCounts = () => Object.assign(listings, { now: 0, most: 0, sent: 0 });

async function collect(walk: AsyncGenerator<ListedKey[]>): Promise<ListedKey[]> {
  const all: ListedKey[] = [];
  for await (const page of walk) all.push(...page);
  return all;
}

/** Every key under a prefix the plain way: one flat listing, no delimiter. */
async function flatKeys(c: S3Client, bucket: string, prefix: string): Promise<ListedKey[]> {
  const keys: ListedKey[] = [];
  let token: string | undefined;
  do {
    const out = await c.send(
      new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }),
    );
    for (const o of out.Contents ?? []) keys.push(listedKeyOf({ ...o, Key: o.Key ?? '' }));
    token = out.IsTruncated === true ? out.NextContinuationToken : undefined;
  } while (token !== undefined);
  return keys;
}

const byKey = (a: ListedKey, b: ListedKey) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

let tree: TestBucket;
/** 30 folders of 3 keys at the top of `wide/`. */
const WIDE_FOLDERS = 30;

beforeAll(async () => {
  tree = await createTestBucket(admin, 'treewalk');
  const objects: Record<string, string> = {
    'top.txt': 'top',
    'x/': '',
    'x/inside.txt': 'in a folder with a marker',
    'a//b': 'empty name part',
    'sp ace/ü ñ.txt': 'unicode',
    '100%/q?&=.txt': 'reserved characters',
    'deep/1/2/3/4/5/6/7/f.bin': 'deep',
    'deep/1/2/3/sibling': 'sibling',
    '中文/文件.txt': 'cjk',
  };
  for (let i = 0; i < 25; i++) objects[`flat/k${String(i).padStart(2, '0')}`] = `flat ${i}`;
  for (let f = 0; f < WIDE_FOLDERS; f++)
    for (let k = 0; k < 3; k++) objects[`wide/f${f}/k${k}`] = `${f}.${k}`;
  await tree.put(objects);
});
afterAll(async () => {
  await tree.remove();
  client.destroy();
  admin.destroy();
});

describe('walkTree', () => {
  // One lister splits one level and lists the rest flat; eight split almost everything.
  it.each([1, 3, 8])(
    'lists every key once, with its size and ETag, across nested folders, pages and odd names (%i listers)',
    async (concurrency) => {
      // Ten keys a page: the flat folder and the wide folder's top level take several pages.
      const walked = await collect(walkTree(client, tree.name, '', { pageSize: 10, concurrency }));
      const expected = await flatKeys(admin, tree.name, '');
      expect(walked.length).toBe(expected.length);
      expect(walked.sort(byKey)).toEqual(expected.sort(byKey));
    },
  );

  it('walks only under the prefix it is given, with or without a trailing slash', async () => {
    const inDeep = await collect(walkTree(client, tree.name, 'deep/1/2/'));
    expect(inDeep.map((k) => k.key).sort()).toEqual([
      'deep/1/2/3/4/5/6/7/f.bin',
      'deep/1/2/3/sibling',
    ]);
    // A name prefix, as a search would give: "wide/f1" is f1/ and f10/ … f19/.
    const named = await collect(walkTree(client, tree.name, 'wide/f1'));
    expect(named.length).toBe(11 * 3);
    expect(named.every((k) => k.key.startsWith('wide/f1'))).toBe(true);
  });

  it('lists several folders at once, never more than asked', async () => {
    resetCounts();
    const walked = await collect(walkTree(client, tree.name, 'wide/', { concurrency: 3 }));
    expect(walked.length).toBe(WIDE_FOLDERS * 3);
    expect(listings.most).toBe(3);
    // One request for wide/ and one per folder: nothing listed twice.
    expect(listings.sent).toBe(WIDE_FOLDERS + 1);
  });

  it('stops listing when the consumer stops, leaving no request running', async () => {
    resetCounts();
    const walk = walkTree(client, tree.name, 'wide/', { concurrency: 2, bufferedPages: 1 });
    const first = await walk.next();
    expect(first.done).toBe(false);
    await walk.return(undefined);
    await vi.waitFor(() => expect(listings.now).toBe(0));
    // Paused on the full buffer, the listers never got through the 31 folders.
    expect(listings.sent).toBeLessThan(10);
  });

  it('ends with the cause when the bucket does not exist', async () => {
    const error = await collect(walkTree(client, `${tree.name}-missing`, '')).then(
      () => undefined,
      (e: unknown) => toAppError(e),
    );
    expect(error?.code).toBe('NoSuchBucket');
  });

  it('ends with the signal when the caller cancels', async () => {
    const controller = new AbortController();
    const walk = walkTree(client, tree.name, 'wide/', { signal: controller.signal });
    await walk.next();
    controller.abort();
    await expect(collect(walk)).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('walkTree against a server that answers a folder outside the one asked', () => {
  it('stops with ServerMisbehaved instead of walking round', async () => {
    const server = await startFakeS3(() => ({
      status: 200,
      body:
        '<?xml version="1.0" encoding="UTF-8"?><ListBucketResult><Name>b</Name><Prefix>a/</Prefix>' +
        '<KeyCount>1</KeyCount><MaxKeys>1000</MaxKeys><Delimiter>/</Delimiter><IsTruncated>false</IsTruncated>' +
        '<CommonPrefixes><Prefix>a/</Prefix></CommonPrefixes></ListBucketResult>',
    }));
    try {
      const { error } = await outcomeOf(() =>
        collect(walkTree(clientFor(server.endpoint), 'b', 'a/')),
      );
      expect(error?.code).toBe('ServerMisbehaved');
      expect(error?.message).toContain('not inside it');
      expect(server.requests.length).toBe(1);
    } finally {
      await server.close();
    }
  });
});
