import { PutObjectCommand } from '@aws-sdk/client-s3';
import type { S3Client } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import type { TransferItem } from '../../../shared/domain/copy-task.js';
import type { TaskRecord } from '../../../shared/domain/task.js';
import { createS3Client } from '../s3/client-factory.js';
import { testProfileDraft, testSettings } from '../test-support.js';
import { tempDir } from '../transfers/test-files.js';
import { rgwTestBuckets } from './test-support/rgw-buckets.js';
import { rgwCore, rgwScheduler } from './test-support/rgw-tasks.js';
import { storedDigests } from './test-support/tree-digests.js';

// Copy and move as tasks of the core, against RGW: objects and folders in one task, skipping
// what exists, Cancel in the middle of a copy and of a move, and a restart in the middle resumed from the
// journal. The server is checked with the plain SDK client.

const { admin, closing, newBucket, putMany, stored } = rgwTestBuckets();
const keysOf = async (bucket: string) => [...(await stored(bucket)).keys()].sort();

function testClient(onCopy?: (count: number) => void): S3Client {
  const client = createS3Client(testSettings());
  let copies = 0;
  client.middlewareStack.add(
    (next, context) => (args) => {
      if (context.commandName === 'CopyObjectCommand') onCopy?.(++copies);
      return next(args);
    },
    { step: 'finalizeRequest', priority: 'low', name: 'testHookCopyObject' },
  );
  closing.push(() => Promise.resolve(client.destroy()));
  return client;
}

function scheduler(client: S3Client, dir: string) {
  const made = rgwScheduler(client, dir);
  closing.push(() => made.scheduler.close());
  return made;
}

type Item = TransferItem;
/** A copy or move task's spec for the test profile. */
const transfer = (
  kind: 'copy' | 'move',
  buckets: [string, string],
  items: Item[],
  ifExists: 'overwrite' | 'skip' = 'overwrite',
) => ({
  kind,
  profileId: 'test-profile',
  bucket: buckets[0],
  targetBucket: buckets[1],
  items,
  ifExists,
});

const folderKeys = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, i) => `${prefix}${i % 3}/f-${String(i).padStart(3, '0')}.txt`);

describe('copy task', () => {
  it('copies objects and whole folders to another bucket, counting objects and bytes', async () => {
    const from = await newBucket('cp-src');
    const to = await newBucket('cp-dst');
    const inside = folderKeys('photos/', 40);
    await putMany(from, [...inside, 'a.txt', 'b.txt', 'photos-old/x.txt']);
    const { scheduler: tasks, ended } = scheduler(testClient(), await tempDir('tasks'));

    const { id } = await tasks.start(
      transfer(
        'copy',
        [from, to],
        [
          { kind: 'folder', source: 'photos/', target: 'backup/photos/' },
          { kind: 'object', source: 'a.txt', target: 'backup/a.txt' },
        ],
      ),
    );

    const bytes = [...inside, 'a.txt'].reduce((sum, key) => sum + key.length, 0);
    expect(await ended(id)).toMatchObject({
      state: 'succeeded',
      itemsDone: 41,
      itemsTotal: 41,
      bytesDone: bytes,
      bytesTotal: bytes,
      result: { kind: 'transfer', copied: 41, skipped: 0, deleted: 0 },
    });
    expect(await keysOf(to)).toEqual(
      ['backup/a.txt', ...inside.map((key) => `backup/${key}`)].sort(),
    );
    // A copy leaves its sources alone.
    expect((await stored(from)).size).toBe(43);
  });

  it('with ifExists skip leaves an existing target alone, and a move keeps that source', async () => {
    const bucket = await newBucket('mv-skip');
    await putMany(bucket, ['docs/1.txt', 'docs/2.txt', 'c.txt', 'dest/docs/2.txt']);
    await admin.send(
      new PutObjectCommand({ Bucket: bucket, Key: 'dest/c.txt', Body: 'already here' }),
    );
    const { scheduler: tasks, ended } = scheduler(testClient(), await tempDir('tasks'));

    const { id } = await tasks.start(
      transfer(
        'move',
        [bucket, bucket],
        [
          { kind: 'folder', source: 'docs/', target: 'dest/docs/' },
          { kind: 'object', source: 'c.txt', target: 'dest/c.txt' },
        ],
        'skip',
      ),
    );

    expect(await ended(id)).toMatchObject({
      state: 'succeeded',
      result: { kind: 'transfer', copied: 1, skipped: 2, deleted: 1 },
    });
    const after = await stored(bucket);
    expect([...after.keys()].sort()).toEqual(
      ['c.txt', 'dest/c.txt', 'dest/docs/1.txt', 'dest/docs/2.txt', 'docs/2.txt'].sort(),
    );
    expect(after.get('dest/c.txt')).toBe('already here'.length);
  });

  it('names an object that is not there as a problem and copies the rest', async () => {
    const bucket = await newBucket('cp-gone');
    await putMany(bucket, ['here.txt']);
    const { scheduler: tasks, ended } = scheduler(testClient(), await tempDir('tasks'));

    const { id } = await tasks.start(
      transfer(
        'copy',
        [bucket, bucket],
        [
          { kind: 'object', source: 'here.txt', target: 'copy/here.txt' },
          { kind: 'object', source: 'gone.txt', target: 'copy/gone.txt' },
        ],
      ),
    );

    const last = await ended(id);
    expect(last).toMatchObject({ state: 'failed', problemCount: 1 });
    expect(last.problems).toEqual([
      expect.objectContaining({ item: 'gone.txt', code: 'NoSuchKey' }),
    ]);
    expect(await keysOf(bucket)).toEqual(['copy/here.txt', 'here.txt']);
  });
  it('Cancel in the middle stops it; Retry copies the rest: no object copied twice, bytes equal', async () => {
    const from = await newBucket('cp-stop-a');
    const to = await newBucket('cp-stop-b');
    const keys = folderKeys('s/', 60);
    await putMany(from, keys, (key) => `${key};`.repeat(40));
    let id = '';
    let canceled: Promise<TaskRecord> | undefined;
    const client = testClient((n) => {
      if (n === 10) canceled = tasks.control(id, 'cancel');
    });
    // Copies the server answered, by target: one a Cancel cut short is not among them.
    const storedCopies = new Map<string, number>();
    client.middlewareStack.add(
      (next, context) => async (args) => {
        const out = await next(args);
        const { Key } = args.input as { Key: string };
        if (context.commandName === 'CopyObjectCommand')
          storedCopies.set(Key, (storedCopies.get(Key) ?? 0) + 1);
        return out;
      },
      { step: 'initialize', name: 'testCountStoredCopies' },
    );
    const { scheduler: tasks, ended } = scheduler(client, await tempDir('tasks'));

    ({ id } = await tasks.start(
      transfer('copy', [from, to], [{ kind: 'folder', source: 's/', target: 'copy/s/' }]),
    ));
    expect(await ended(id)).toMatchObject({ state: 'canceled', controls: ['retry'] });
    expect((await canceled)?.state).toBe('canceled');
    expect((await keysOf(to)).length).toBeLessThan(60);

    await tasks.control(id, 'retry');
    const bytes = keys.reduce((sum, key) => sum + `${key};`.length * 40, 0);
    expect(await ended(id)).toMatchObject({
      state: 'succeeded',
      itemsDone: 60,
      itemsTotal: 60,
      bytesDone: bytes,
      bytesTotal: bytes,
      problemCount: 0,
    });
    expect([...storedCopies.values()].every((times) => times === 1)).toBe(true);
    expect(await storedDigests(admin, to, 'copy/')).toEqual(await storedDigests(admin, from, ''));
  });
});

describe('copy task after a restart', () => {
  it('resumes from the journal and copies what is missing: every object there, counted once', async () => {
    const from = await newBucket('cp-restart-a');
    const to = await newBucket('cp-restart-b');
    const keys = folderKeys('c/', 300);
    await putMany(from, keys);
    const dataDir = await tempDir('tasks-core');
    const first = await rgwCore(dataDir);
    const profile = await first.call('profiles.save', testProfileDraft());
    const spec = {
      ...transfer('copy', [from, to], [{ kind: 'folder', source: 'c/', target: 'c/' }]),
      profileId: profile.id,
    };
    const { id } = await first.call('tasks.start', spec);
    // Closed once the first copies are stored: the middle of the copy.
    await expect.poll(async () => (await stored(to)).size, { timeout: 30_000 }).toBeGreaterThan(0);
    first.core.close();

    const second = await rgwCore(dataDir);
    closing.push(() => Promise.resolve(second.core.close()));
    expect((await second.call('tasks.list', {})).map((t) => t.id)).toEqual([id]);
    expect(await second.ended(id)).toMatchObject({
      state: 'succeeded',
      itemsDone: 300,
      itemsTotal: 300,
      problemCount: 0,
    });
    const copied = await stored(to);
    expect([...copied.keys()].sort()).toEqual([...keys].sort());
    for (const key of keys) expect(copied.get(key)).toBe(key.length);
    expect((await stored(from)).size).toBe(300);
  });
});

describe('move task', () => {
  it('Cancel in the middle finishes the copies in flight: each object is in exactly one place; Retry finishes it', async () => {
    const bucket = await newBucket('mv-stop');
    const keys = folderKeys('m/', 60);
    await putMany(bucket, keys);
    let id = '';
    let canceled: Promise<TaskRecord> | undefined;
    const client = testClient((n) => {
      if (n === 10) canceled = tasks.control(id, 'cancel');
    });
    const { scheduler: tasks, ended } = scheduler(client, await tempDir('tasks'));

    ({ id } = await tasks.start(
      transfer('move', [bucket, bucket], [{ kind: 'folder', source: 'm/', target: 'n/m/' }]),
    ));

    expect(await ended(id)).toMatchObject({ state: 'canceled', controls: ['retry'] });
    expect((await canceled)?.state).toBe('canceled');
    const after = new Set(await keysOf(bucket));
    for (const key of keys) {
      // Every object is in exactly one place: a source is gone exactly where its copy is.
      expect(after.has(key) !== after.has(`n/${key}`)).toBe(true);
    }
    expect(keys.filter((key) => after.has(key)).length).toBeGreaterThan(0);

    await tasks.control(id, 'retry');
    expect(await ended(id)).toMatchObject({ state: 'succeeded', itemsDone: 60 });
    expect(await keysOf(bucket)).toEqual(keys.map((key) => `n/${key}`).sort());
  });

  it('a restart in the middle resumes it from the journal: everything moved, nothing twice', async () => {
    const from = await newBucket('mv-restart-a');
    const to = await newBucket('mv-restart-b');
    const keys = folderKeys('r/', 300);
    await putMany(from, [...keys, 'kept.txt']);
    const dataDir = await tempDir('tasks-core');
    const first = await rgwCore(dataDir);
    const profile = await first.call('profiles.save', testProfileDraft());
    const spec = {
      kind: 'move',
      profileId: profile.id,
      bucket: from,
      targetBucket: to,
      items: [{ kind: 'folder', source: 'r/', target: 'r/' }],
      ifExists: 'skip',
    };
    const { id } = await first.call('tasks.start', spec);
    // Closed once the first copies are stored: the middle of the move.
    await expect.poll(async () => (await stored(to)).size, { timeout: 30_000 }).toBeGreaterThan(0);
    first.core.close();
    expect((await stored(from)).size).toBeGreaterThan(1);

    const second = await rgwCore(dataDir);
    closing.push(() => Promise.resolve(second.core.close()));
    expect((await second.call('tasks.list', {})).map((t) => [t.id, t.spec])).toEqual([[id, spec]]);
    // The copies the first run made are found, not skipped: their sources go too.
    const last = await second.ended(id);
    expect(last).toMatchObject({ state: 'succeeded', problemCount: 0, result: { skipped: 0 } });
    expect(last.itemsDone).toBe(last.itemsTotal);
    expect(await keysOf(from)).toEqual(['kept.txt']);
    const moved = await stored(to);
    expect([...moved.keys()].sort()).toEqual([...keys].sort());
    for (const key of keys) expect(moved.get(key)).toBe(key.length);
  });
});
