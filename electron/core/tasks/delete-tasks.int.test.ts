import {
  CreateMultipartUploadCommand,
  HeadBucketCommand,
  ListMultipartUploadsCommand,
} from '@aws-sdk/client-s3';
import type { S3Client } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import type { TaskRecord } from '../../../shared/domain/task.js';
import { createS3Client } from '../s3/client-factory.js';
import { testProfileDraft, testSettings } from '../test-support.js';
import { tempDir } from '../transfers/test-files.js';
import { rgwTestBuckets } from './test-support/rgw-buckets.js';
import { rgwCore, rgwScheduler } from './test-support/rgw-tasks.js';

// Folder delete and emptying a bucket as tasks of the core, against RGW: each runs to its end,
// Cancel in the middle stops it, and a restart in the middle resumes it from the journal. The
// server is checked with the plain SDK client.

const { admin, closing, newBucket, putMany: putBodies, stored } = rgwTestBuckets();
const putMany = (bucket: string, keys: readonly string[]) => putBodies(bucket, keys, () => 'x');
/** Every key the server holds, read with the plain SDK client. */
const storedKeys = async (bucket: string) => [...(await stored(bucket)).keys()].sort();

async function headStatus(bucket: string): Promise<number | undefined> {
  return admin.send(new HeadBucketCommand({ Bucket: bucket })).then(
    (out) => out.$metadata.httpStatusCode,
    (err: { $metadata?: { httpStatusCode?: number } }) => err.$metadata?.httpStatusCode,
  );
}

/**
 * Holdall's client with a hook on its DeleteObjects requests: `onFirst` runs as the first one is
 * about to be sent (the middle of the task), and `sent` counts them.
 */
function hookedClient(onFirst: () => void): { client: S3Client; sent: () => number } {
  const client = createS3Client(testSettings());
  let sent = 0;
  client.middlewareStack.add(
    (next, context) => (args) => {
      if (context.commandName === 'DeleteObjectsCommand' && ++sent === 1) onFirst();
      return next(args);
    },
    { step: 'finalizeRequest', priority: 'low', name: 'testHookDeleteObjects' },
  );
  closing.push(() => Promise.resolve(client.destroy()));
  return { client, sent: () => sent };
}

function plainScheduler(client: S3Client, dir: string) {
  const made = rgwScheduler(client, dir);
  closing.push(() => made.scheduler.close());
  return made;
}

const counts = (snapshots: TaskRecord[], id: string) =>
  snapshots.filter((s) => s.id === id).map((s) => s.itemsDone);

describe('delete task of a selection (objects and folders)', () => {
  it('deletes every key under the prefix, leaving look-alikes, counting in its snapshots', async () => {
    const bucket = await newBucket('task-del');
    const inside = Array.from({ length: 1203 }, (_, i) => `photos/${i % 3}/img-${i}.jpg`);
    const outside = ['photos-old/a.jpg', 'photosx', 'docs/photos/a.jpg', 'top.txt'];
    await putMany(bucket, [...inside, 'photos/', ...outside]);
    const client = createS3Client(testSettings());
    closing.push(() => Promise.resolve(client.destroy()));
    const { scheduler, snapshots, ended } = plainScheduler(client, await tempDir('tasks'));

    const { id } = await scheduler.start({
      kind: 'delete',
      profileId: 'test-profile',
      bucket,
      keys: [],
      prefixes: ['photos/'],
    });

    expect(await ended(id)).toMatchObject({ state: 'succeeded', itemsDone: 1204, problemCount: 0 });
    expect(await storedKeys(bucket)).toEqual([...outside].sort());
    const seen = counts(snapshots, id);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(new Set(seen).size).toBeGreaterThan(2);
  });

  it('Cancel in the middle stops after the page being deleted and keeps the rest; Retry finishes it', async () => {
    const bucket = await newBucket('task-stop');
    await putMany(
      bucket,
      Array.from({ length: 1100 }, (_, i) => `s/${String(i).padStart(4, '0')}`),
    );
    let id = '';
    let canceled: Promise<TaskRecord> | undefined;
    const { client, sent } = hookedClient(() => {
      canceled = scheduler.control(id, 'cancel');
    });
    const { scheduler, ended } = plainScheduler(client, await tempDir('tasks'));

    ({ id } = await scheduler.start({
      kind: 'delete',
      profileId: 'test-profile',
      bucket,
      keys: [],
      prefixes: ['s/'],
    }));

    // The page being deleted is never cut off, so the count is exactly what went.
    expect(await ended(id)).toMatchObject({
      state: 'canceled',
      itemsDone: 1000,
      controls: ['retry'],
    });
    expect((await canceled)?.state).toBe('canceled');
    expect(sent()).toBe(1);
    expect(await storedKeys(bucket)).toHaveLength(100);

    await scheduler.control(id, 'retry');
    expect(await ended(id)).toMatchObject({ state: 'succeeded' });
    expect(await storedKeys(bucket)).toEqual([]);
  });

  it('a selection of objects and a folder goes in one task: Cancel stops after a request, Retry counts on exactly', async () => {
    const bucket = await newBucket('task-sel');
    const selected = Array.from({ length: 1050 }, (_, i) => `k/${String(i).padStart(4, '0')}`);
    const inFolder = Array.from({ length: 30 }, (_, i) => `f/${i}.txt`);
    const kept = ['k/not-selected', 'f-old/a.txt', 'top.txt'];
    await putMany(bucket, [...selected, ...inFolder, ...kept]);
    let id = '';
    const { client } = hookedClient(() => {
      void scheduler.control(id, 'cancel');
    });
    const { scheduler, ended } = plainScheduler(client, await tempDir('tasks'));
    const spec = { kind: 'delete' as const, profileId: 'test-profile', bucket };

    ({ id } = await scheduler.start({ ...spec, keys: selected, prefixes: ['f/'] }));

    expect(await ended(id)).toMatchObject({ state: 'canceled', itemsDone: 1000 });
    expect(await storedKeys(bucket)).toEqual(
      [...selected.slice(1000), ...inFolder, ...kept].sort(),
    );
    await scheduler.control(id, 'retry');
    expect(await ended(id)).toMatchObject({ state: 'succeeded', itemsDone: 1080, problemCount: 0 });
    expect(await storedKeys(bucket)).toEqual([...kept].sort());
  });

  it('a restart in the middle resumes it from the journal and leaves nothing under the prefix', async () => {
    const bucket = await newBucket('task-restart');
    await putMany(bucket, [
      ...Array.from({ length: 1100 }, (_, i) => `r/${String(i).padStart(4, '0')}`),
      'kept.txt',
    ]);
    const dataDir = await tempDir('tasks-core');
    const first = await rgwCore(dataDir);
    const profile = await first.call('profiles.save', testProfileDraft());
    const spec = { kind: 'delete', profileId: profile.id, bucket, keys: [], prefixes: ['r/'] };
    const { id } = await first.call('tasks.start', spec);
    first.core.close();
    // Closed in the middle: the second page of keys was never reached.
    expect((await storedKeys(bucket)).length).toBeGreaterThanOrEqual(100);

    const second = await rgwCore(dataDir);
    closing.push(() => Promise.resolve(second.core.close()));
    const listed = await second.call('tasks.list', {});
    expect(listed.map((t) => [t.id, t.spec])).toEqual([[id, spec]]);
    expect(await second.ended(id)).toMatchObject({ state: 'succeeded', problemCount: 0 });
    expect(await storedKeys(bucket)).toEqual(['kept.txt']);
  });
});

describe('emptying a bucket task (emptyBucket)', () => {
  it('empties 1,200 objects and an unfinished multipart upload, then deletes the bucket', async () => {
    const bucket = await newBucket('task-purge');
    // Past one page of 1,000 and one DeleteObjects batch of 1,000.
    await putMany(
      bucket,
      Array.from({ length: 1200 }, (_, i) => `dir${i % 7}/obj-${String(i).padStart(4, '0')}`),
    );
    await admin.send(new CreateMultipartUploadCommand({ Bucket: bucket, Key: 'big.bin' }));
    const client = createS3Client(testSettings());
    closing.push(() => Promise.resolve(client.destroy()));
    const { scheduler, snapshots, ended } = plainScheduler(client, await tempDir('tasks'));

    const { id } = await scheduler.start({
      kind: 'emptyBucket',
      profileId: 'test-profile',
      bucket,
      deleteBucket: true,
    });

    expect(await ended(id)).toMatchObject({ state: 'succeeded', itemsDone: 1201 });
    expect(await headStatus(bucket)).toBe(404);
    const seen = counts(snapshots, id);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(new Set(seen).size).toBeGreaterThan(2);
  });

  it('without deleteBucket leaves the bucket there, with no object and no unfinished upload', async () => {
    const bucket = await newBucket('task-empty');
    await putMany(bucket, ['a.txt', 'dir/b.txt']);
    await admin.send(new CreateMultipartUploadCommand({ Bucket: bucket, Key: 'big.bin' }));
    const client = createS3Client(testSettings());
    closing.push(() => Promise.resolve(client.destroy()));
    const { scheduler, ended } = plainScheduler(client, await tempDir('tasks'));

    const { id } = await scheduler.start({
      kind: 'emptyBucket',
      profileId: 'test-profile',
      bucket,
      deleteBucket: false,
    });

    expect(await ended(id)).toMatchObject({ state: 'succeeded', itemsDone: 3 });
    expect(await headStatus(bucket)).toBe(200);
    expect(await storedKeys(bucket)).toEqual([]);
    const uploads = await admin.send(new ListMultipartUploadsCommand({ Bucket: bucket }));
    expect(uploads.Uploads ?? []).toEqual([]);
  });

  it('Cancel in the middle keeps the bucket and what the task did not reach', async () => {
    const bucket = await newBucket('task-keep');
    await putMany(
      bucket,
      Array.from({ length: 1100 }, (_, i) => `k/${String(i).padStart(4, '0')}`),
    );
    let id = '';
    const { client, sent } = hookedClient(() => {
      void scheduler.control(id, 'cancel');
    });
    const { scheduler, ended } = plainScheduler(client, await tempDir('tasks'));

    ({ id } = await scheduler.start({
      kind: 'emptyBucket',
      profileId: 'test-profile',
      bucket,
      deleteBucket: true,
    }));

    expect(await ended(id)).toMatchObject({ state: 'canceled', itemsDone: 1000 });
    expect(sent()).toBe(1);
    expect(await headStatus(bucket)).toBe(200);
    expect(await storedKeys(bucket)).toHaveLength(100);
  });

  it('a restart in the middle resumes it from the journal and the bucket is gone', async () => {
    const bucket = await newBucket('task-rb');
    await putMany(
      bucket,
      Array.from({ length: 1100 }, (_, i) => `b/${String(i).padStart(4, '0')}`),
    );
    const dataDir = await tempDir('tasks-core');
    const first = await rgwCore(dataDir);
    const profile = await first.call('profiles.save', testProfileDraft());
    const spec = { kind: 'emptyBucket', profileId: profile.id, bucket, deleteBucket: true };
    const { id } = await first.call('tasks.start', spec);
    first.core.close();
    expect((await storedKeys(bucket)).length).toBeGreaterThanOrEqual(100);

    const second = await rgwCore(dataDir);
    closing.push(() => Promise.resolve(second.core.close()));
    expect((await second.call('tasks.list', {})).map((t) => t.id)).toEqual([id]);
    expect(await second.ended(id)).toMatchObject({ state: 'succeeded' });
    expect(await headStatus(bucket)).toBe(404);
  });
});
