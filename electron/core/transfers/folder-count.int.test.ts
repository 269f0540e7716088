import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminClient, createTestBucket } from '../../../e2e/fixtures/s3.js';
import type { TestBucket } from '../../../e2e/fixtures/s3.js';
import { enqueuePrefixDownload } from './test-support/bucket-reads.js';
import { harness } from './test-support/queue-harness.js';
import type { Harness } from './test-support/queue-harness.js';
import { tempDir } from './test-files.js';

const admin = adminClient();
let bucket: TestBucket;
const FILES = { 'album/a.txt': 'a', 'album/b.txt': 'bb', 'album/deep/c.txt': 'ccc' };

beforeAll(async () => {
  bucket = await createTestBucket(admin, 'folder-count');
  await bucket.put(FILES);
});
afterAll(async () => {
  await bucket.remove();
  admin.destroy();
});

/** Downloads the prefix through a fresh queue; what it ended with and the listings it asked for. */
async function downloadAlbum(countFolders: boolean | undefined) {
  const h: Harness = harness(await tempDir('journal'), {
    ...(countFolders === undefined ? {} : { countFolders }),
  });
  try {
    const into = await tempDir('into');
    const jobs = await enqueuePrefixDownload(h, bucket.name, 'album/', into);
    const job = await h.queue.settled(jobs[0]?.id ?? '');
    const files = await readdir(join(into, 'album'), { recursive: true });
    return { job, files: files.sort(), listings: h.counts.get('ListObjectsV2Command') ?? 0 };
  } finally {
    await h.close();
  }
}

describe('counting a folder for its progress (RGW)', () => {
  it('counts a folder download by a second listing, for the totals progress shows', async () => {
    const { job, listings } = await downloadAlbum(undefined);
    expect(job).toMatchObject({ state: 'succeeded', filesDone: 3, filesTotal: 3, bytesTotal: 6 });
    expect(job.totalsKnown).toBe(true);
    expect(listings).toBe(2);
  });

  it('without counting (no progress shown) lists the prefix once and still downloads it all', async () => {
    const { job, files, listings } = await downloadAlbum(false);
    expect(job).toMatchObject({ state: 'succeeded', filesDone: 3, bytesDone: 6 });
    expect(job.totalsKnown).toBe(false);
    expect(files).toEqual(['a.txt', 'b.txt', 'deep', 'deep/c.txt']);
    expect(listings).toBe(1);
  });
});
