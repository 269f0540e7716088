import { randomBytes } from 'node:crypto';
import { mkdir, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { ListMultipartUploadsCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import { folderDigests, storedDigests } from './test-support/tree-digests.js';
import { describe, expect, it, vi } from 'vitest';
import type { SyncDifference } from '../../../shared/domain/sync.js';
import type { TaskRecord } from '../../../shared/domain/task.js';
import { HOST_SCOPE } from '../grants/grant-registry.js';
import { testProfileDraft } from '../test-support.js';
import { tempDir } from '../transfers/test-files.js';
import { rgwCore } from './test-support/rgw-tasks.js';
import {
  compareSpec,
  folder,
  profileId,
  syncSpec,
  syncTestKit,
  write,
} from './test-support/sync-kit.js';

// Compare and sync as tasks of the core against RGW: the differences by class, both directions
// byte for byte, a mirror deleting only its confirmed list, a restart in the middle and Cancel.
// The server is read with the plain SDK client, the folder with node:fs.

const { admin, closing, newBucket, put, holdallClient, scheduler } = syncTestKit();

const stored = (bucket: string, prefix: string) => storedDigests(admin, bucket, prefix);

const classes = (differences: SyncDifference[] | undefined) =>
  Object.fromEntries((differences ?? []).map((d) => [d.path, `${d.difference} by ${d.by}`]));

describe('compare task', () => {
  it('tells only here, only there, newer here and newer there apart, by size, checksum and time, with patterns', async () => {
    const bucket = await newBucket('cmp');
    const root = await tempDir('cmp-local');
    await write(root, 'same.txt', 'same bytes', -3);
    await put(bucket, 'site/same.txt', 'same bytes');
    await write(root, 'grown.txt', 'longer here than there', 1);
    await put(bucket, 'site/grown.txt', 'short');
    // Same size, other bytes, the local copy older: the ETag's MD5 tells them apart.
    await write(root, 'edited.txt', 'AAAA', -3);
    await put(bucket, 'site/edited.txt', 'BBBB');
    await write(root, 'docs/new.md', 'only here');
    await put(bucket, 'site/docs/gone.md', 'only there');
    await write(root, 'cache.tmp', 'left out');
    await put(bucket, 'site/old.tmp', 'left out');
    await put(bucket, 'site/docs/', Buffer.alloc(0));
    await put(bucket, 'elsewhere.txt', 'not under the prefix');
    const { scheduler: tasks, ended } = await scheduler();

    const { id } = await tasks.start(compareSpec(bucket, { exclude: ['*.tmp'] }), root);

    const done = await ended(id);
    expect(done).toMatchObject({ state: 'succeeded', problemCount: 0 });
    expect(done.result).toMatchObject({
      kind: 'compare',
      counts: { onlyHere: 1, onlyThere: 1, newerHere: 1, newerThere: 1, same: 1 },
    });
    const page = await tasks.results(id, 0, 100);
    expect(page.items).toEqual([]);
    expect(classes(page.differences)).toEqual({
      'docs/gone.md': 'onlyThere by presence',
      'docs/new.md': 'onlyHere by presence',
      'edited.txt': 'newerThere by checksum',
      'grown.txt': 'newerHere by size',
    });

    const onlyDocs = await tasks.start(
      {
        kind: 'compare',
        profileId,
        bucket,
        prefix: 'site/',
        folder,
        include: ['docs/**'],
        exclude: [],
      },
      root,
    );
    await ended(onlyDocs.id);
    expect(Object.keys(classes((await tasks.results(onlyDocs.id, 0, 100)).differences))).toEqual([
      'docs/gone.md',
      'docs/new.md',
    ]);
  });
});

describe('sync task', () => {
  it('uploads a folder and downloads it back byte for byte; a second compare finds nothing', async () => {
    const bucket = await newBucket('sync-both');
    const root = await tempDir('sync-up');
    await write(root, 'a.txt', 'alpha');
    await write(root, 'nested/deeper/b.bin', randomBytes(70_000));
    await write(root, 'empty.txt', '');
    await write(root, 'skip.log', 'excluded');
    const { scheduler: tasks, ended } = await scheduler();

    const up = await tasks.start(syncSpec(bucket, { exclude: ['*.log'] }), root);
    expect(await ended(up.id)).toMatchObject({
      state: 'succeeded',
      itemsDone: 3,
      result: { kind: 'sync', copied: 3, deleted: 0 },
    });
    const local = await folderDigests(root);
    local.delete('skip.log');
    expect(await stored(bucket, 'site/')).toEqual(local);

    const back = await tempDir('sync-down');
    const down = await tasks.start(syncSpec(bucket, { direction: 'download' }), back);
    expect(await ended(down.id)).toMatchObject({ state: 'succeeded', result: { copied: 3 } });
    expect(await folderDigests(back)).toEqual(local);

    const again = await tasks.start(syncSpec(bucket, { direction: 'download' }), back);
    expect(await ended(again.id)).toMatchObject({
      state: 'succeeded',
      result: { copied: 0, counts: { same: 3, onlyHere: 0, onlyThere: 0, newerHere: 0 } },
    });
  });

  it('a dry run copies nothing; a mirror deletes only the confirmed paths still only on the written side', async () => {
    const bucket = await newBucket('sync-mirror');
    const root = await tempDir('sync-mirror');
    await write(root, 'keep.txt', 'kept');
    for (const key of ['a.txt', 'b.txt', 'sub/c.txt']) await put(bucket, `site/${key}`, key);
    await put(bucket, 'site/keep.txt', 'kept');
    await put(bucket, 'outside.txt', 'not under the prefix');
    const { scheduler: tasks, ended } = await scheduler();
    // keep.txt is on both sides and ../outside.txt is no path of the compare: neither goes.
    const deletions = ['a.txt', 'sub/c.txt', 'keep.txt', '../outside.txt'];

    const dry = await tasks.start(
      syncSpec(bucket, { direction: 'mirror-up', dryRun: true, deletions }),
      root,
    );
    expect(await ended(dry.id)).toMatchObject({
      state: 'succeeded',
      result: { dryRun: true, copied: 0, deleted: 0 },
    });
    expect((await stored(bucket, 'site/')).size).toBe(4);

    const run = await tasks.start(syncSpec(bucket, { direction: 'mirror-up', deletions }), root);
    expect(await ended(run.id)).toMatchObject({
      state: 'succeeded',
      result: { copied: 0, deleted: 2, keptDeletions: 2 },
    });
    expect([...(await stored(bucket, 'site/')).keys()].sort()).toEqual(['b.txt', 'keep.txt']);
    expect([...(await stored(bucket, '')).keys()]).toContain('outside.txt');

    // Down: local extras go only when listed.
    await write(root, 'extra-1.txt', 'x');
    await write(root, 'extra-2.txt', 'y');
    const down = await tasks.start(
      syncSpec(bucket, { direction: 'mirror-down', deletions: ['extra-1.txt'] }),
      root,
    );
    expect(await ended(down.id)).toMatchObject({ state: 'succeeded', result: { deleted: 1 } });
    expect([...(await folderDigests(root)).keys()].sort()).toEqual([
      'b.txt',
      'extra-2.txt',
      'keep.txt',
    ]);
  });

  it('a key that would climb out of the folder, or through a linked folder, is a problem, never a file outside it', async () => {
    const bucket = await newBucket('sync-climb');
    const parent = await tempDir('sync-climb');
    const root = join(parent, 'inside');
    await mkdir(root);
    await put(bucket, 'site/ok.txt', 'fine');
    await put(bucket, 'site/a/../../escaped.txt', 'bad');
    // A folder inside that links out: its path reads as inside, its files would land outside.
    const elsewhere = await tempDir('sync-elsewhere');
    await symlink(elsewhere, join(root, 'linked'));
    await put(bucket, 'site/linked/out.txt', 'bad');
    const listed = await admin.send(new ListObjectsV2Command({ Bucket: bucket }));
    // RGW keeps such a key as it was sent, so the sync meets it.
    expect((listed.Contents ?? []).map((o) => o.Key)).toContain('site/a/../../escaped.txt');
    const { scheduler: tasks, ended } = await scheduler();

    const run = await tasks.start(syncSpec(bucket, { direction: 'download' }), root);
    const done = await ended(run.id);
    expect(done).toMatchObject({ state: 'failed', problemCount: 3 });
    // The link itself is left out of the compare; the key through it is still listed.
    expect(done.problems.map((p) => `${p.item} ${p.code}`).sort()).toEqual([
      'a/../../escaped.txt InvalidInput',
      'linked Skipped',
      'linked/out.txt InvalidInput',
    ]);
    expect(await folderDigests(elsewhere)).toEqual(new Map());
    expect([...(await folderDigests(parent)).keys()]).toEqual(['inside/ok.txt']);
  });

  it('Cancel in the middle stops it; Retry compares again and sends only the rest', async () => {
    const bucket = await newBucket('sync-cancel');
    const root = await tempDir('sync-cancel');
    // Above the engine's small-file size, so each file is one SDK PutObject the hook sees.
    for (let i = 0; i < 6; i++) await write(root, `f-${i}.bin`, randomBytes(1_100_000));
    const client = holdallClient();
    let id = '';
    let puts = 0;
    const sentAfterRetry = new Set<string>();
    let retried = false;
    let canceled: Promise<TaskRecord> | undefined;
    const { scheduler: tasks, ended } = await scheduler(client);
    client.middlewareStack.add(
      (next, context) => (args) => {
        if (context.commandName !== 'PutObjectCommand') return next(args);
        if (++puts === 2) canceled = tasks.control(id, 'cancel');
        if (retried) sentAfterRetry.add((args.input as { Key: string }).Key);
        return next(args);
      },
      { step: 'finalizeRequest', priority: 'low', name: 'testCancelOnSecondPut' },
    );

    ({ id } = await tasks.start(syncSpec(bucket, {}), root));
    expect(await ended(id)).toMatchObject({ state: 'canceled', controls: ['retry'] });
    expect((await canceled)?.state).toBe('canceled');
    const before = await stored(bucket, 'site/');
    expect(before.size).toBeLessThan(6);

    retried = true;
    await tasks.control(id, 'retry');
    expect(await ended(id)).toMatchObject({ state: 'succeeded' });
    expect(await stored(bucket, 'site/')).toEqual(await folderDigests(root));
    // What the first run stored is the same now, and is not sent again.
    for (const path of before.keys()) expect(sentAfterRetry).not.toContain(`site/${path}`);
  });

  it('Cancel during a multipart upload leaves no unfinished upload on the server', async () => {
    const bucket = await newBucket('sync-parts');
    const root = await tempDir('sync-parts');
    // Past the engine's 16 MiB multipart threshold.
    await write(root, 'big.bin', randomBytes(17 * 1024 * 1024));
    const client = holdallClient();
    let id = '';
    const { scheduler: tasks, ended } = await scheduler(client);
    client.middlewareStack.add(
      (next, context) => (args) => {
        if (context.commandName === 'UploadPartCommand') void tasks.control(id, 'cancel');
        return next(args);
      },
      { step: 'finalizeRequest', priority: 'low', name: 'testCancelOnPart' },
    );

    ({ id } = await tasks.start(syncSpec(bucket, {}), root));
    expect(await ended(id)).toMatchObject({ state: 'canceled' });
    const open = await admin.send(new ListMultipartUploadsCommand({ Bucket: bucket }));
    expect(open.Uploads ?? []).toEqual([]);
    expect((await stored(bucket, 'site/')).size).toBe(0);
  });

  it('a restart in the middle resumes it from the journal, the folder known without its grant', async () => {
    const bucket = await newBucket('sync-restart');
    const root = await tempDir('sync-restart');
    for (let i = 0; i < 20; i++) await write(root, `r-${i}.bin`, randomBytes(5_000));
    const dataDir = await tempDir('sync-core');
    // Closed like the app dying, right as the compare is done and before the copies start:
    // the snapshot that first shows the differences found.
    const first = await rgwCore(dataDir, (record, core) => {
      if ((record.results?.count ?? 0) > 0) core.close();
    });
    const profile = await first.call('profiles.save', testProfileDraft());
    const grant = await first.core.grants.issueRead(HOST_SCOPE, root);
    const spec = { ...syncSpec(bucket, {}), profileId: profile.id, folder: grant };
    const { id } = await first.call('tasks.start', spec);
    await vi.waitFor(
      () => {
        if (!first.snapshots.some((s) => s.id === id && (s.results?.count ?? 0) > 0))
          throw new Error('runs');
      },
      { timeout: 30_000, interval: 5 },
    );
    expect((await stored(bucket, 'site/')).size).toBe(0);

    const second = await rgwCore(dataDir);
    closing.push(() => Promise.resolve(second.core.close()));
    const listed = await second.call('tasks.list', {});
    expect(listed.map((t) => [t.id, t.spec])).toEqual([[id, spec]]);
    expect(await second.ended(id)).toMatchObject({ state: 'succeeded', problemCount: 0 });
    expect(await stored(bucket, 'site/')).toEqual(await folderDigests(root));
  });

  it('tasks.start refuses a download into a folder granted only for reading', async () => {
    const bucket = await newBucket('sync-grant');
    const root = await tempDir('sync-grant');
    const core = await rgwCore(await tempDir('sync-grant-core'));
    closing.push(() => Promise.resolve(core.core.close()));
    const profile = await core.call('profiles.save', testProfileDraft());
    const grant = await core.core.grants.issueRead(HOST_SCOPE, root);
    const spec = {
      ...syncSpec(bucket, { direction: 'download' }),
      profileId: profile.id,
      folder: grant,
    };
    await expect(core.call('tasks.start', spec)).rejects.toThrow(/GrantRefused/);
  });
});
