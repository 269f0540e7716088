import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminClient, createTestBucket } from '../../../e2e/fixtures/s3.js';
import type { TestBucket } from '../../../e2e/fixtures/s3.js';
import { harness, PROFILE } from './test-support/queue-harness.js';
import type { Harness } from './test-support/queue-harness.js';
import { tempDir } from './test-files.js';

const MiB = 1024 * 1024;
const admin = adminClient();
let bucket: TestBucket;
let h: Harness;

beforeAll(async () => {
  bucket = await createTestBucket(admin, 'download-names');
  h = harness(await tempDir('journal'), { settings: { concurrency: 4 } });
});
afterAll(async () => {
  await h.close();
  await bucket.remove();
  admin.destroy();
});

async function put(key: string, body: Buffer | string): Promise<void> {
  await admin.send(new PutObjectCommand({ Bucket: bucket.name, Key: key, Body: body }));
}

/** Every file under dir, relative, sorted: what a person sees in the folder afterwards. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

describe('download temporary names', () => {
  it.each([
    ['small', 10],
    ['1 MiB', MiB],
  ])(
    'a folder holding "a" and "a.holdall-download" (%s) downloads both with their own bytes',
    async (label, size) => {
      const prefix = `pair-${size}/`;
      const a = randomBytes(size);
      const other = Buffer.from(`the object named a.holdall-download (${label})`);
      await put(`${prefix}a`, a);
      await put(`${prefix}a.holdall-download`, other);
      const out = await tempDir('names');
      const { jobs } = await h.queue.enqueueDownload({
        profileId: PROFILE,
        bucket: bucket.name,
        prefix,
        destinationDir: out,
        conflict: 'ask',
      });
      const done = await h.queue.settled(jobs[0]?.id ?? '');
      expect(done).toMatchObject({ state: 'succeeded', filesDone: 2, refusedCount: 0 });
      const folder = join(out, prefix.slice(0, -1));
      expect(await filesUnder(folder)).toEqual(['a', 'a.holdall-download']);
      expect((await readFile(join(folder, 'a'))).equals(a)).toBe(true);
      expect((await readFile(join(folder, 'a.holdall-download'))).equals(other)).toBe(true);
    },
  );

  it('explicit keys "a" and "a.holdall-download" both finish without a question', async () => {
    const a = randomBytes(MiB);
    const other = randomBytes(3000);
    await put('keys/a', a);
    await put('keys/a.holdall-download', other);
    const out = await tempDir('names');
    const { jobs } = await h.queue.enqueueDownload({
      profileId: PROFILE,
      bucket: bucket.name,
      keys: ['keys/a', 'keys/a.holdall-download'],
      destinationDir: out,
      conflict: 'ask',
    });
    const settled = await Promise.race([
      Promise.all(jobs.map((job) => h.queue.settled(job.id))),
      h
        .waitFor((job) => job.conflict !== null, 30_000)
        .then((job) => {
          throw new Error(`Asked about ${job.conflict?.localPath ?? job.key}`);
        }),
    ]);
    expect(settled.map((job) => job.state)).toEqual(['succeeded', 'succeeded']);
    expect(await filesUnder(out)).toEqual(['a', 'a.holdall-download']);
    expect((await readFile(join(out, 'a'))).equals(a)).toBe(true);
    expect((await readFile(join(out, 'a.holdall-download'))).equals(other)).toBe(true);
  });

  it('never replaces or removes a file it did not create, whatever its name', async () => {
    const body = randomBytes(MiB);
    await put('own/a', body);
    const out = await tempDir('names');
    // Someone else's file, named as the old temporary name was.
    const foreign = join(out, 'a.holdall-download');
    await writeFile(foreign, 'not Holdall’s');
    const { jobs } = await h.queue.enqueueDownload({
      profileId: PROFILE,
      bucket: bucket.name,
      keys: ['own/a'],
      destinationDir: out,
      conflict: 'ask',
    });
    expect(await h.queue.settled(jobs[0]?.id ?? '')).toMatchObject({ state: 'succeeded' });
    expect(await readFile(foreign, 'utf8')).toBe('not Holdall’s');
    expect((await readFile(join(out, 'a'))).equals(body)).toBe(true);
    expect(await filesUnder(out)).toEqual(['a', 'a.holdall-download']);
  });
});

describe('download keys the file system cannot hold', () => {
  it('reports a file/folder clash and an over-long name per item; the rest completes', async () => {
    const prefix = 'clash-tree/';
    const siblings = Array.from({ length: 12 }, (_, i) => `sibling-${String(i).padStart(2, '0')}`);
    const longName = `${'n'.repeat(256)}.txt`;
    for (const name of siblings) await put(`${prefix}${name}`, `body of ${name}`);
    await put(`${prefix}clash`, 'a file named clash');
    await put(`${prefix}clash/inner.txt`, 'a file inside a folder named clash');
    await put(`${prefix}${longName}`, 'a name no Linux file system takes');
    await put(`${prefix}notes/c:todo.txt`, 'a colon is an ordinary character here');
    const out = await tempDir('clash');
    await mkdir(out, { recursive: true });
    const { jobs } = await h.queue.enqueueDownload({
      profileId: PROFILE,
      bucket: bucket.name,
      prefix,
      destinationDir: out,
      conflict: 'overwrite',
    });
    const done = await h.queue.settled(jobs[0]?.id ?? '');
    expect(done.error).toBeNull();
    expect(done.state).toBe('succeeded');
    const folder = join(out, 'clash-tree');
    const files = await filesUnder(folder);
    for (const name of siblings)
      expect(await readFile(join(folder, name), 'utf8')).toBe(`body of ${name}`);
    if (process.platform !== 'win32')
      expect(await readFile(join(folder, 'notes', 'c:todo.txt'), 'utf8')).toBe(
        'a colon is an ordinary character here',
      );
    // Exactly one of the clashing pair is written; the other is reported, in plain words.
    const clashWritten = files.filter((f) => f === 'clash' || f === join('clash', 'inner.txt'));
    expect(clashWritten).toHaveLength(1);
    const refusedKeys = done.refused.map((item) => item.key).sort();
    expect(refusedKeys).toEqual(
      [
        `${prefix}${longName}`,
        clashWritten[0] === 'clash' ? `${prefix}clash/inner.txt` : `${prefix}clash`,
      ].sort(),
    );
    for (const item of done.refused) expect(item.reason).not.toMatch(/E[A-Z]{4,}|errno/);
    // No temporary file outlives the job.
    expect(files.filter((f) => f.includes('holdall'))).toEqual([]);
    expect(files).toHaveLength(siblings.length + 2);
  });
});
