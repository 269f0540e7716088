import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ListObjectsV2Command, PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminClient, createTestBucket } from '../../../e2e/fixtures/s3.js';
import type { TestBucket } from '../../../e2e/fixtures/s3.js';
import { harness, PROFILE } from './test-support/queue-harness.js';
import type { Harness } from './test-support/queue-harness.js';
import { tempDir } from './test-files.js';

const admin = adminClient();
let bucket: TestBucket;
let h: Harness;

beforeAll(async () => {
  bucket = await createTestBucket(admin, 'queue-folders');
  h = harness(await tempDir('journal'), { settings: { concurrency: 8 } });
});
afterAll(async () => {
  await h.close();
  await bucket.remove();
  admin.destroy();
});

async function allKeys(prefix: string): Promise<string[]> {
  const keys: string[] = [];
  let token: string | undefined;
  do {
    const page = await admin.send(
      new ListObjectsV2Command({ Bucket: bucket.name, Prefix: prefix, ContinuationToken: token }),
    );
    for (const o of page.Contents ?? []) if (o.Key !== undefined) keys.push(o.Key);
    token = page.NextContinuationToken;
  } while (token !== undefined);
  return keys;
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

const sha = (data: Buffer): string => createHash('sha256').update(data).digest('hex');

describe('TransferQueue folders against RGW', () => {
  // 2,000 requests and 1,000 local files are the point of this test; its budget follows the work
  // (26 s of the default 30 s on a busy machine).
  it('uploads a folder of 1,000 files as keys with "/" and downloads the prefix back identical', async () => {
    const root = join(await tempDir('tree'), 'photos');
    const expected = new Map<string, string>();
    for (let d = 0; d < 10; d++) {
      await mkdir(join(root, `d${d}`, 'sub'), { recursive: true });
      for (let f = 0; f < 100; f++) {
        const rel = f % 2 === 0 ? `d${d}/f${f}.bin` : `d${d}/sub/f${f}.bin`;
        const data = randomBytes(200 + f * 13);
        await writeFile(join(root, rel), data);
        expected.set(rel, sha(data));
      }
    }

    const started = performance.now();
    const [upload] = await h.queue.enqueueUpload({
      profileId: PROFILE,
      bucket: bucket.name,
      keyPrefix: 'up/',
      paths: [root],
      conflict: 'overwrite',
    });
    const uploaded = await h.queue.settled(upload?.id ?? '');
    const uploadMs = performance.now() - started;
    expect(uploaded).toMatchObject({
      state: 'succeeded',
      kind: 'folder',
      key: 'up/photos/',
      filesDone: 1000,
      filesTotal: 1000,
      totalsKnown: true,
      refusedCount: 0,
    });
    expect(uploaded.bytesDone).toBe(uploaded.bytesTotal);
    const keys = await allKeys('up/');
    expect(keys.sort()).toEqual([...expected.keys()].map((k) => `up/photos/${k}`).sort());

    const out = await tempDir('download');
    const downloadStarted = performance.now();
    const { jobs, refused } = await h.queue.enqueueDownload({
      profileId: PROFILE,
      bucket: bucket.name,
      prefix: 'up/photos/',
      destinationDir: out,
      conflict: 'ask',
    });
    expect(refused).toEqual([]);
    const downloaded = await h.queue.settled(jobs[0]?.id ?? '');
    const downloadMs = performance.now() - downloadStarted;
    expect(downloaded).toMatchObject({ state: 'succeeded', filesDone: 1000, filesTotal: 1000 });
    expect(await filesUnder(join(out, 'photos'))).toEqual([...expected.keys()].sort());
    for (const [rel, hash] of expected)
      expect(sha(await readFile(join(out, 'photos', rel))), rel).toBe(hash);
    process.stdout.write(
      `1,000 files: upload ${Math.round(uploadMs)} ms, download ${Math.round(downloadMs)} ms\n`,
    );
  }, 120_000);

  it('never writes a hostile key outside the folder: refuses and reports it, writes the ordinary ones', async () => {
    const hostile = ['../x', '/abs', 'a/../../b', '..\\win', 'c/./d'];
    const ordinary = ['ünïcödé/名前.txt', 'with space.txt', 'plus+sign.txt', 'per%20cent.txt'];
    const stored: string[] = [];
    for (const key of [...hostile, ...ordinary]) {
      try {
        await admin.send(
          new PutObjectCommand({ Bucket: bucket.name, Key: `h/${key}`, Body: `body of ${key}` }),
        );
        stored.push(key);
      } catch {
        // A server may refuse some of these names itself; what it stores is what we test.
      }
    }
    expect(stored).toEqual(expect.arrayContaining(ordinary));
    const onServer = (await allKeys('h/')).map((k) => k.slice(2));

    const base = await tempDir('hostile');
    const out = join(base, 'inside', 'deeper');
    await mkdir(out, { recursive: true });
    const { jobs } = await h.queue.enqueueDownload({
      profileId: PROFILE,
      bucket: bucket.name,
      prefix: 'h/',
      destinationDir: out,
      conflict: 'overwrite',
    });
    const done = await h.queue.settled(jobs[0]?.id ?? '');
    expect(done.state).toBe('succeeded');

    const refusedKeys = done.refused.map((r) => r.key.slice(2)).sort();
    const expectRefused = onServer.filter((k) => hostile.includes(k)).sort();
    expect(refusedKeys).toEqual(expectRefused);
    expect(done.refused.every((r) => r.reason.length > 0)).toBe(true);
    // Nothing appeared anywhere but inside the chosen folder.
    expect(await readdir(base)).toEqual(['inside']);
    expect(await readdir(join(base, 'inside'))).toEqual(['deeper']);
    expect(await readdir(out)).toEqual(['h']);
    for (const key of ordinary)
      expect(await readFile(join(out, 'h', key), 'utf8')).toBe(`body of ${key}`);
    process.stdout.write(`hostile keys RGW stored: ${JSON.stringify(onServer)}\n`);
  });

  describe('conflict policy on download', () => {
    let dir: string;
    beforeAll(async () => {
      await bucket.put({ 'c/report.pdf': 'new contents' });
      dir = await tempDir('conflict');
    });

    async function download(conflict: 'skip' | 'overwrite' | 'keepBoth' | 'ask') {
      const target = join(dir, conflict);
      await mkdir(target, { recursive: true });
      await writeFile(join(target, 'report.pdf'), 'old contents');
      const { jobs } = await h.queue.enqueueDownload({
        profileId: PROFILE,
        bucket: bucket.name,
        keys: ['c/report.pdf'],
        destinationDir: target,
        conflict,
      });
      return { id: jobs[0]?.id ?? '', target };
    }

    it('skip keeps the old file', async () => {
      const { id, target } = await download('skip');
      expect(await h.queue.settled(id)).toMatchObject({ state: 'succeeded', skippedCount: 1 });
      expect(await readFile(join(target, 'report.pdf'), 'utf8')).toBe('old contents');
      expect(await readdir(target)).toEqual(['report.pdf']);
    });

    it('overwrite replaces it', async () => {
      const { id, target } = await download('overwrite');
      expect((await h.queue.settled(id)).state).toBe('succeeded');
      expect(await readFile(join(target, 'report.pdf'), 'utf8')).toBe('new contents');
    });

    it('keepBoth writes "name (1).ext" beside it', async () => {
      const { id, target } = await download('keepBoth');
      const job = await h.queue.settled(id);
      expect(job.state).toBe('succeeded');
      expect(job.localPath).toBe(join(target, 'report (1).pdf'));
      expect(await readFile(join(target, 'report.pdf'), 'utf8')).toBe('old contents');
      expect(await readFile(join(target, 'report (1).pdf'), 'utf8')).toBe('new contents');
    });

    it('ask waits with the question until it is answered', async () => {
      const { id, target } = await download('ask');
      const asking = await h.waitFor((j) => j.id === id && j.conflict !== null);
      expect(asking.conflict).toEqual({
        key: 'c/report.pdf',
        localPath: join(target, 'report.pdf'),
        // One file alone: no other file for "apply to all" to reach.
        coversOthers: false,
      });
      // Still waiting a moment later, nothing written.
      await new Promise((r) => setTimeout(r, 300));
      expect(h.queue.get(id)?.state).toBe('running');
      expect(await readFile(join(target, 'report.pdf'), 'utf8')).toBe('old contents');
      await h.queue.resolveConflict(id, 'overwrite');
      expect(await h.queue.settled(id)).toMatchObject({ state: 'succeeded', conflict: null });
      expect(await readFile(join(target, 'report.pdf'), 'utf8')).toBe('new contents');
    });
  });

  it('upload conflict "skip" leaves an existing object alone (found by listing the folder)', async () => {
    await bucket.put({ 'u/keep.txt': 'server copy' });
    const dir = await tempDir('upconflict');
    await writeFile(join(dir, 'keep.txt'), 'local copy');
    await writeFile(join(dir, 'new.txt'), 'fresh');
    const jobs = await h.queue.enqueueUpload({
      profileId: PROFILE,
      bucket: bucket.name,
      keyPrefix: 'u/',
      paths: [join(dir, 'keep.txt'), join(dir, 'new.txt')],
      conflict: 'skip',
    });
    for (const job of jobs) expect((await h.queue.settled(job.id)).state).toBe('succeeded');
    expect((await allKeys('u/')).sort()).toEqual(['u/keep.txt', 'u/new.txt']);
    expect(h.queue.get(jobs[0]?.id ?? '')?.skippedCount).toBe(1);
  });
});
