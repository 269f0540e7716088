import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { GetObjectCommand, HeadObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { adminClient, createTestBucket } from '../../../e2e/fixtures/s3.js';
import type { TestBucket } from '../../../e2e/fixtures/s3.js';
import { HOST_SCOPE } from '../grants/grant-registry.js';
import { testProfileDraft } from '../test-support.js';
import { openTestCore } from './test-support/core-tasks.js';
import type { TestCore } from './test-support/core-tasks.js';
import { tempDir } from './test-files.js';
import { fingerprintOf } from './upload-file.js';

// Uploads and downloads as tasks, through the dispatcher as a window drives them, against RGW.

const admin = adminClient();
let bucket: TestBucket;
const open: TestCore[] = [];
/** The slowest the engine goes: a 100 KB file takes seconds, so a control lands mid-way. */
const SLOW = { bandwidthLimitBytesPerSec: 16 * 1024 };

beforeAll(async () => {
  bucket = await createTestBucket(admin, 'xfer-tasks');
});
afterEach(async () => {
  await Promise.all(open.splice(0).map((c) => c.close()));
});
afterAll(async () => {
  await bucket.remove();
  admin.destroy();
});

type Started = TestCore & { profileId: string };

async function started(dataDir?: string): Promise<Started> {
  const made = await openTestCore(dataDir ?? (await tempDir('xfer-tasks-data')));
  open.push(made);
  const { id } = await made.call('profiles.save', testProfileDraft());
  return { ...made, profileId: id };
}

async function bodyOf(key: string): Promise<Buffer> {
  const out = await admin.send(new GetObjectCommand({ Bucket: bucket.name, Key: key }));
  return Buffer.from((await out.Body?.transformToByteArray()) ?? []);
}

const exists = (key: string) =>
  admin.send(new HeadObjectCommand({ Bucket: bucket.name, Key: key })).then(
    () => true,
    () => false,
  );

/** Files under `dir` by relative path, with their bytes. */
async function writeTree(dir: string, files: Record<string, Buffer>): Promise<void> {
  for (const [name, bytes] of Object.entries(files)) {
    await mkdir(dirname(join(dir, name)), { recursive: true });
    await writeFile(join(dir, name), bytes);
  }
}

/** Starts an upload of `bytes` as slow.bin under `prefix` at the slowest rate; answers once running. */
async function slowUpload(c: Started, prefix: string, bytes: Buffer): Promise<string> {
  await c.call('transfers.settings.set', SLOW);
  const path = join(await tempDir('xfer-slow'), 'slow.bin');
  await writeFile(path, bytes);
  const { id } = await c.call('tasks.start', {
    kind: 'upload',
    profileId: c.profileId,
    bucket: bucket.name,
    keyPrefix: prefix,
    grants: [await c.core.grants.issueRead(HOST_SCOPE, path)],
  });
  await c.watch.until(id, (t) => t.state === 'running');
  return id;
}

/** Each name as an object under `prefix` and as a file in `dir`: every transfer meets a conflict. */
async function onBothSides(
  prefix: string,
  dir: string,
  names: string[],
  text: { server: string; local: string },
): Promise<void> {
  for (const name of names) {
    const put = new PutObjectCommand({
      Bucket: bucket.name,
      Key: prefix + name,
      Body: text.server,
    });
    await admin.send(put);
    await writeFile(join(dir, name), text.local);
  }
}

describe('upload and download tasks', () => {
  it('makes one task of a drop of two files and a folder, adding up its items and bytes', async () => {
    const c = await started();
    const dir = await tempDir('xfer-drop');
    const files = {
      'a.bin': randomBytes(3000),
      'b.txt': Buffer.from('bee'),
      'album/one.jpg': randomBytes(5000),
      'album/deep/two.jpg': randomBytes(7),
    };
    await writeTree(dir, files);
    const grants = await Promise.all(
      ['a.bin', 'b.txt', 'album'].map((p) => c.core.grants.issueRead(HOST_SCOPE, join(dir, p))),
    );
    const first = await c.call('tasks.start', {
      kind: 'upload',
      profileId: c.profileId,
      bucket: bucket.name,
      keyPrefix: 'drop/',
      grants,
    });
    expect(first.transfer).toMatchObject({ name: null, itemCount: 3, localPath: null });
    const done = await c.watch.ended(first.id);
    expect(done).toMatchObject({
      state: 'succeeded',
      itemsDone: 4,
      itemsTotal: 4,
      bytesDone: 8010,
      bytesTotal: 8010,
      problems: [],
    });
    // One row, not four: no other task was made.
    expect((await c.call('tasks.list', {})).map((t) => t.id)).toEqual([first.id]);
    for (const [name, bytes] of Object.entries(files))
      expect((await bodyOf(`drop/${name}`)).equals(bytes), name).toBe(true);
  });

  it('lists a hostile key as a Refused problem and writes nothing outside the folder', async () => {
    const c = await started();
    const own = await createTestBucket(admin, 'xfer-hostile');
    try {
      for (const Key of ['safe.txt', '../x'])
        await admin.send(new PutObjectCommand({ Bucket: own.name, Key, Body: 'ok' }));
      const parent = await tempDir('xfer-hostile');
      const out = join(parent, 'into');
      await mkdir(out);
      const destination = await c.core.grants.issueWrite(HOST_SCOPE, out);
      const base = { kind: 'download', profileId: c.profileId, bucket: own.name, destination };
      // A key named in the request that would climb out is refused before anything runs.
      const named = await c.call('tasks.start', { ...base, keys: ['safe.txt', 'x/..'] });
      expect(named.problems).toEqual([
        { item: 'x/..', code: 'Refused', message: expect.stringMatching(/climbs/) as unknown },
      ]);
      expect(await c.watch.ended(named.id)).toMatchObject({ state: 'succeeded', itemsDone: 1 });
      // One met while walking the bucket is refused as it is met.
      const walked = await c.call('tasks.start', { ...base, prefix: '', conflict: 'overwrite' });
      const done = await c.watch.ended(walked.id);
      expect(done).toMatchObject({ state: 'succeeded', itemsDone: 1, problemCount: 1 });
      expect(done.problems).toEqual([
        { item: '../x', code: 'Refused', message: expect.stringMatching(/climbs/) as unknown },
      ]);
      expect(await readdir(parent)).toEqual(['into']);
      expect((await readdir(out, { recursive: true })).filter((f) => f.endsWith('x'))).toEqual([]);
    } finally {
      await own.remove();
    }
  });

  it('pauses and resumes a task, which then finishes whole', async () => {
    const c = await started();
    const bytes = randomBytes(100_000);
    const id = await slowUpload(c, 'paused/', bytes);
    const paused = await c.call('tasks.control', { id, action: 'pause' });
    expect(paused).toMatchObject({ state: 'paused', controls: ['resume', 'cancel'] });
    expect(await c.refusal('tasks.control', { id, action: 'pause' })).toMatchObject({
      code: 'InvalidInput',
      message: expect.stringContaining('a paused task cannot pause') as unknown,
    });
    await c.call('transfers.settings.set', { bandwidthLimitBytesPerSec: null });
    await c.call('tasks.control', { id, action: 'resume' });
    expect((await c.watch.ended(id)).state).toBe('succeeded');
    expect(c.watch.statesOf(id)).toEqual([
      'queued',
      'running',
      'paused',
      'queued',
      'running',
      'succeeded',
    ]);
    expect((await bodyOf('paused/slow.bin')).equals(bytes)).toBe(true);
  });

  it('cancels a running task, leaving nothing on the server', async () => {
    const c = await started();
    const id = await slowUpload(c, 'canceled/', randomBytes(100_000));
    const [canceled] = await c.call('tasks.controlAll', { action: 'cancel' });
    expect(canceled).toMatchObject({ id, state: 'canceled', controls: [] });
    expect(canceled?.endedAt).not.toBeNull();
    expect(await exists('canceled/slow.bin')).toBe(false);
    expect(await c.call('transfers.orphans.list', {})).toEqual([]);
  });

  it('waits with a question when a name exists, and one answer for all settles the rest', async () => {
    const c = await started();
    const dir = await tempDir('xfer-ask');
    const names = ['one.txt', 'two.txt', 'three.txt'];
    await onBothSides('ask/', dir, names, { server: 'server', local: 'local' });
    const { id } = await c.call('tasks.start', {
      kind: 'upload',
      profileId: c.profileId,
      bucket: bucket.name,
      keyPrefix: 'ask/',
      grants: await Promise.all(
        names.map((n) => c.core.grants.issueRead(HOST_SCOPE, join(dir, n))),
      ),
      conflict: 'ask',
    });
    const waiting = await c.watch.until(id, (t) => t.state === 'waiting');
    expect(waiting.question).toEqual({
      item: expect.stringMatching(/^ask\/(one|two|three)\.txt$/) as unknown,
      localPath: null,
      coversOthers: true,
    });
    expect(waiting.controls).toEqual(['pause', 'cancel']);
    // The one answer reached every file that asked: nothing asks any more.
    const answered = await c.call('tasks.answer', { id, choice: 'skip', applyToAll: true });
    expect(answered.question).toBeNull();
    expect(answered.state).not.toBe('waiting');
    const done = await c.watch.ended(id);
    expect(done).toMatchObject({ state: 'succeeded', transfer: { skipped: 3 } });
    for (const name of names) expect((await bodyOf(`ask/${name}`)).toString()).toBe('server');
    expect(await c.refusal('tasks.answer', { id, choice: 'skip' })).toMatchObject({
      code: 'InvalidInput',
      message: expect.stringContaining('a succeeded task asks nothing') as unknown,
    });
  });

  it('asks a download about the local file, and an answer for one file is for that file only', async () => {
    const c = await started();
    const out = await tempDir('xfer-ask-down');
    await onBothSides('askdown/', out, ['x.txt', 'y.txt'], { server: 'new', local: 'old' });
    const { id } = await c.call('tasks.start', {
      kind: 'download',
      profileId: c.profileId,
      bucket: bucket.name,
      keys: ['askdown/x.txt', 'askdown/y.txt'],
      destination: await c.core.grants.issueWrite(HOST_SCOPE, out),
    });
    const first = await c.watch.until(id, (t) => t.state === 'waiting');
    const asked = first.question?.item ?? '';
    expect(first.question?.localPath).toBe(join(out, asked.slice('askdown/'.length)));
    await c.call('tasks.answer', { id, choice: 'overwrite' });
    // The other file asks in its turn.
    const second = await c.watch.until(
      id,
      (t) => t.state === 'waiting' && t.question?.item !== asked,
    );
    await c.call('tasks.answer', { id, choice: 'skip' });
    expect((await c.watch.ended(id)).transfer?.skipped).toBe(1);
    const keptName = (second.question?.item ?? '').slice('askdown/'.length);
    const replacedName = asked.slice('askdown/'.length);
    expect(await readFile(join(out, replacedName), 'utf8')).toBe('new');
    expect(await readFile(join(out, keptName), 'utf8')).toBe('old');
  });

  it('comes back after a restart under the same id, and finishes', async () => {
    const dataDir = await tempDir('xfer-restart-data');
    const first = await started(dataDir);
    await first.call('transfers.settings.set', SLOW);
    const dir = await tempDir('xfer-restart');
    const files = {
      'f/one.bin': randomBytes(60_000),
      'f/two.bin': randomBytes(60_000),
      'loose.bin': randomBytes(60_000),
    };
    await writeTree(dir, files);
    const grants = await Promise.all(
      ['f', 'loose.bin'].map((p) => first.core.grants.issueRead(HOST_SCOPE, join(dir, p))),
    );
    const { id, createdAt } = await first.call('tasks.start', {
      kind: 'upload',
      profileId: first.profileId,
      bucket: bucket.name,
      keyPrefix: 'restart/',
      grants,
    });
    await first.watch.until(id, (t) => t.state === 'running' && t.bytesDone > 0);
    await first.close();
    open.splice(open.indexOf(first), 1);

    const second = await openTestCore(dataDir);
    open.push(second);
    const [back] = await second.call('tasks.list', {});
    expect(back).toMatchObject({ id, createdAt, spec: { kind: 'upload', keyPrefix: 'restart/' } });
    expect(back?.transfer).toMatchObject({ itemCount: 2 });
    expect((await second.watch.ended(id)).state).toBe('succeeded');
    for (const [name, bytes] of Object.entries(files))
      expect((await bodyOf(`restart/${name}`)).equals(bytes), name).toBe(true);
  });

  it('takes up a job journaled before tasks as a task of its own, under the job’s id', async () => {
    const dataDir = await tempDir('xfer-legacy-data');
    const first = await started(dataDir);
    await first.close();
    open.splice(open.indexOf(first), 1);
    const dir = await tempDir('xfer-legacy');
    const path = join(dir, 'old.bin');
    const bytes = randomBytes(2000);
    await writeFile(path, bytes);
    // A line as the engine wrote it before jobs named their task: no taskId.
    const line = {
      t: 'job',
      id: '0f9d6c1e-5b7a-4c1d-9e2f-1a2b3c4d5e6f',
      direction: 'upload',
      profileId: first.profileId,
      bucket: bucket.name,
      key: 'legacy/old.bin',
      localPath: path,
      size: bytes.length,
      fingerprint: fingerprintOf((await stat(path)).mtimeMs),
      createdAt: '2026-01-01T00:00:00.000Z',
    };
    await writeFile(join(dataDir, 'transfers.jsonl'), `${JSON.stringify(line)}\n`);

    const second = await openTestCore(dataDir);
    open.push(second);
    const [task] = await second.call('tasks.list', {});
    expect(task).toMatchObject({
      id: line.id,
      createdAt: line.createdAt,
      spec: { kind: 'upload', bucket: bucket.name, keyPrefix: 'legacy/' },
      transfer: { name: 'old.bin', itemCount: 1, localPath: path },
    });
    expect((await second.watch.ended(line.id)).state).toBe('succeeded');
    expect((await bodyOf('legacy/old.bin')).equals(bytes)).toBe(true);
  });

  it('lists and clears transfers with the other kinds, keeping failed ones until retried', async () => {
    const c = await started();
    const out = await tempDir('xfer-clear');
    const destination = await c.core.grants.issueWrite(HOST_SCOPE, out);
    await admin.send(new PutObjectCommand({ Bucket: bucket.name, Key: 'clear.txt', Body: 'c' }));
    const download = (key: string) =>
      c.call('tasks.start', {
        kind: 'download',
        profileId: c.profileId,
        bucket: bucket.name,
        keys: [key],
        destination,
        conflict: 'overwrite',
      });
    const good = await download('clear.txt');
    expect((await c.watch.ended(good.id)).state).toBe('succeeded');
    // A scheduler task between the two: one list, in the order they were started.
    const search = await c.call('tasks.start', {
      kind: 'search',
      profileId: c.profileId,
      bucket: bucket.name,
      prefix: 'clear',
      criteria: {},
    });
    expect((await c.watch.ended(search.id)).state).toBe('succeeded');
    const bad = await download('no-such-key.txt');
    const failed = await c.watch.ended(bad.id);
    expect(failed).toMatchObject({ state: 'failed', controls: ['retry', 'cancel'] });
    expect(failed.error?.code).toBe('NoSuchKey');
    expect((await c.call('tasks.list', {})).map((t) => t.id)).toEqual([good.id, search.id, bad.id]);
    expect(await c.call('tasks.clearFinished', {})).toEqual({ cleared: 2 });
    expect((await c.call('tasks.list', {})).map((t) => t.id)).toEqual([bad.id]);
    // A retry runs it again; it fails again, for the same reason.
    await c.call('tasks.control', { id: bad.id, action: 'retry' });
    await c.watch.until(bad.id, (t) => t.state !== 'failed');
    expect((await c.watch.ended(bad.id)).error?.code).toBe('NoSuchKey');
  });
});
