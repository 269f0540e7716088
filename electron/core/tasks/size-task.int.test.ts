import {
  CreateMultipartUploadCommand,
  DeleteObjectCommand,
  ListObjectsV2Command,
  ListObjectVersionsCommand,
  PutBucketVersioningCommand,
} from '@aws-sdk/client-s3';
import type { S3Client } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import type { FolderSize } from '../../../shared/domain/folder-size.js';
import { createS3Client } from '../s3/client-factory.js';
import { testProfileDraft, testSettings } from '../test-support.js';
import { tempDir } from '../transfers/test-files.js';
import { rgwTestBuckets } from './test-support/rgw-buckets.js';
import { rgwCore, rgwScheduler } from './test-support/rgw-tasks.js';
import { FolderSizeStore } from './folder-size-store.js';

// "Calculate size" as a task of the core against RGW: what it finds equals a plain SDK
// listing, the folder's size is remembered across a restart, Cancel stops it mid-way, and a
// restart in the middle measures again to the same size.

const { admin, closing, newBucket, putMany } = rgwTestBuckets();
const profileId = 'test-profile';

async function putAll(bucket: string, objects: readonly [string, number][]): Promise<void> {
  const sizes = new Map(objects);
  await putMany(bucket, [...sizes.keys()], (key) => 'y'.repeat(sizes.get(key) ?? 0));
}

/** Objects and bytes under a prefix, by the plain SDK's flat listing. */
async function plainSize(bucket: string, prefix: string) {
  let objects = 0;
  let bytes = 0;
  const classes = new Set<string>();
  let token: string | undefined;
  do {
    const page = await admin.send(
      new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }),
    );
    for (const o of page.Contents ?? []) {
      objects++;
      bytes += o.Size ?? 0;
      classes.add(o.StorageClass ?? 'STANDARD');
    }
    token = page.IsTruncated === true ? page.NextContinuationToken : undefined;
  } while (token !== undefined);
  return { objects, bytes, classes: [...classes] };
}

function scheduler(client: S3Client, dir: string) {
  const made = rgwScheduler(client, dir);
  closing.push(() => made.scheduler.close());
  return made;
}

function holdallClient(): S3Client {
  const client = createS3Client(testSettings());
  closing.push(() => Promise.resolve(client.destroy()));
  return client;
}

/** 450 objects of different sizes in nested folders, look-alikes beside them. */
function tree(): [string, number][] {
  const inside = Array.from(
    { length: 450 },
    (_, i) => [`data/${i % 5}/${i % 7}/f-${i}.bin`, i % 37] as [string, number],
  );
  return [...inside, ['data/', 0], ['data-old/x', 99], ['datax', 5], ['top.txt', 3]];
}

describe('size task', () => {
  it('counts a folder as a plain listing does, counts its unfinished uploads, and remembers it across a restart', async () => {
    const bucket = await newBucket('task-size');
    await putAll(bucket, tree());
    await admin.send(new CreateMultipartUploadCommand({ Bucket: bucket, Key: 'data/1/big.bin' }));
    await admin.send(new CreateMultipartUploadCommand({ Bucket: bucket, Key: 'elsewhere.bin' }));
    const dir = await tempDir('size');
    const { scheduler: tasks, ended } = scheduler(holdallClient(), dir);

    const spec = { kind: 'size', profileId, bucket, prefix: 'data/', versions: false } as const;
    const { id } = await tasks.start(spec);
    const done = await ended(id);

    const plain = await plainSize(bucket, 'data/');
    expect(plain.objects).toBe(451);
    expect(done).toMatchObject({ state: 'succeeded', itemsDone: 451, bytesDone: plain.bytes });
    expect(done.result).toMatchObject({
      kind: 'size',
      objects: plain.objects,
      bytes: plain.bytes,
      byStorageClass: plain.classes.map((c) => ({ storageClass: c })),
      incompleteUploads: 1,
      noncurrent: null,
    });
    // A new store on the same folder is what the app finds after a restart.
    const remembered = await new FolderSizeStore(dir).get({ ...spec });
    expect(remembered).toEqual(done.result);

    const whole = await tasks.start({ ...spec, prefix: '' });
    const bucketSize = (await ended(whole.id)).result as FolderSize;
    expect(bucketSize).toMatchObject({ objects: 454, incompleteUploads: 2 });
    expect(bucketSize.bytes).toBe((await plainSize(bucket, '')).bytes);
  });

  it('with versions counts noncurrent versions apart, as ListObjectVersions shows them', async () => {
    const bucket = await newBucket('task-size-v');
    await admin.send(
      new PutBucketVersioningCommand({
        Bucket: bucket,
        VersioningConfiguration: { Status: 'Enabled' },
      }),
    );
    await putAll(bucket, [
      ['v/a', 10],
      ['v/b', 20],
      ['v/sub/c', 30],
    ]);
    await putAll(bucket, [
      ['v/a', 11],
      ['v/b', 21],
    ]);
    await admin.send(new DeleteObjectCommand({ Bucket: bucket, Key: 'v/sub/c' }));
    const listed = await admin.send(
      new ListObjectVersionsCommand({ Bucket: bucket, Prefix: 'v/' }),
    );
    const old = (listed.Versions ?? []).filter((v) => v.IsLatest !== true);
    const { scheduler: tasks, ended } = scheduler(holdallClient(), await tempDir('size-v'));

    const { id } = await tasks.start({
      kind: 'size',
      profileId,
      bucket,
      prefix: 'v/',
      versions: true,
    });

    expect(old).toHaveLength(3);
    expect((await ended(id)).result).toMatchObject({
      objects: 2,
      bytes: 32,
      noncurrent: { versions: 3, bytes: old.reduce((sum, v) => sum + (v.Size ?? 0), 0) },
    });
  });

  it('counts a selection of keys and folders once each, not the look-alikes beside them', async () => {
    const bucket = await newBucket('task-size-sel');
    await putAll(bucket, [
      ['s/a.txt', 5],
      ['s/a.txt.bak', 50],
      ['s/f/1', 7],
      ['s/f/2', 8],
      ['s/g', 100],
    ]);
    await admin.send(new CreateMultipartUploadCommand({ Bucket: bucket, Key: 's/a.txt.bak' }));
    const { scheduler: tasks, ended } = scheduler(holdallClient(), await tempDir('size-s'));
    const spec = { kind: 'size', profileId, bucket, prefix: 's/', versions: false } as const;

    const current = await tasks.start({ ...spec, selection: ['s/a.txt', 's/f/'] });
    const versions = await tasks.start({ ...spec, versions: true, selection: ['s/a.txt', 's/f/'] });

    const expected = { objects: 3, bytes: 20, incompleteUploads: 0 };
    expect((await ended(current.id)).result).toMatchObject(expected);
    expect((await ended(versions.id)).result).toMatchObject(expected);
  });

  it('refuses a selection naming a key inside a selected folder, saying which', async () => {
    const { scheduler: tasks } = scheduler(holdallClient(), await tempDir('size-bad'));
    const { sizeSpecSchema } = await import('../../../shared/domain/folder-size.js');
    const bad = { kind: 'size', profileId, bucket: 'b-x', prefix: '', versions: false };
    const parsed = sizeSpecSchema.safeParse({ ...bad, selection: ['f/', 'f/x'] });
    expect(parsed.error?.issues[0]?.message).toContain('"f/x"');
    expect(await tasks.list()).toEqual([]);
  });

  it('Cancel mid-way ends the task canceled, with no result and nothing remembered', async () => {
    const bucket = await newBucket('task-size-c');
    await putAll(bucket, tree());
    const dir = await tempDir('size-c');
    const client = holdallClient();
    let cancel: (() => void) | undefined;
    let lists = 0;
    client.middlewareStack.add(
      (next, context) => (args) => {
        if (context.commandName === 'ListObjectsV2Command' && ++lists >= 3 && cancel) {
          cancel();
          cancel = undefined;
        }
        return next(args);
      },
      { step: 'finalizeRequest', priority: 'low', name: 'testHookList' },
    );
    const { scheduler: tasks, ended } = scheduler(client, dir);
    const spec = { kind: 'size', profileId, bucket, prefix: '', versions: false } as const;
    const { id } = await tasks.start(spec);
    cancel = () => void tasks.control(id, 'cancel');

    const last = await ended(id);

    expect(last).toMatchObject({ state: 'canceled', result: null });
    expect(last.itemsDone).toBeLessThan(454);
    expect(await new FolderSizeStore(dir).get(spec)).toBeNull();
  });

  it('a restart in the middle resumes it from the journal: the same size, counted once', async () => {
    const bucket = await newBucket('task-size-r');
    await putAll(bucket, tree());
    const dataDir = await tempDir('size-core');
    // Closed like the app dying, at the first count shown: the middle of the listing.
    let closedAt: number | undefined;
    const first = await rgwCore(dataDir, (record, core) => {
      if (closedAt !== undefined || record.state !== 'running' || record.itemsDone === 0) return;
      closedAt = record.itemsDone;
      core.close();
    });
    const profile = await first.call('profiles.save', testProfileDraft());
    const spec = { kind: 'size', profileId: profile.id, bucket, prefix: 'data/', versions: false };
    const { id } = await first.call('tasks.start', spec);
    await expect.poll(() => closedAt).toBeDefined();
    expect(closedAt).toBeLessThan(451);

    const second = await rgwCore(dataDir);
    closing.push(() => Promise.resolve(second.core.close()));
    expect((await second.call('tasks.list', {})).map((t) => [t.id, t.spec])).toEqual([[id, spec]]);
    const plain = await plainSize(bucket, 'data/');
    const last = await second.ended(id);
    expect(last).toMatchObject({ state: 'succeeded', itemsDone: 451, bytesDone: plain.bytes });
    expect(last.result).toMatchObject({ kind: 'size', objects: 451, bytes: plain.bytes });
    // Shown counts never went back across the restart.
    const shown = second.snapshots.filter((s) => s.id === id).map((s) => s.itemsDone);
    expect(shown.every((n, i) => n >= (shown[i - 1] ?? 0))).toBe(true);
  });
});
