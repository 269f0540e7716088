import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { GetObjectCommand } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../transfers/test-files.js';
import { syncSpec, syncTestKit, write } from './test-support/sync-kit.js';

// A sync never replaces a copy that is newer on the side it writes unless told to: the server is
// read with a plain SDK client, the folder with node:fs.

const { admin, newBucket, put, scheduler } = syncTestKit();

async function serverText(bucket: string, key: string): Promise<string> {
  const got = await admin.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
  return got.Body!.transformToString();
}

describe('sync and newer files', () => {
  it('an upload keeps an object newer on the server; with replaceNewer it replaces it', async () => {
    const bucket = await newBucket('sync-newer-up');
    const root = await tempDir('sync-newer-up');
    // The local copy is three days old; the server's was written just now: newer there.
    await write(root, 'page.html', 'old local page', -3);
    await put(bucket, 'site/page.html', 'edited on the server since');
    await write(root, 'new.txt', 'only here');
    const { scheduler: tasks, ended } = await scheduler();

    const dry = await tasks.start(syncSpec(bucket, { dryRun: true }), root);
    expect(await ended(dry.id)).toMatchObject({
      state: 'succeeded',
      result: { dryRun: true, copied: 0, keptNewer: 1, counts: { newerThere: 1 } },
    });

    // A mirror keeps it too.
    const kept = await tasks.start(syncSpec(bucket, { direction: 'mirror-up' }), root);
    expect(await ended(kept.id)).toMatchObject({
      state: 'succeeded',
      result: { copied: 1, keptNewer: 1, deleted: 0 },
    });
    expect(await serverText(bucket, 'site/page.html')).toBe('edited on the server since');
    expect(await serverText(bucket, 'site/new.txt')).toBe('only here');

    const replaced = await tasks.start(syncSpec(bucket, { replaceNewer: true }), root);
    expect(await ended(replaced.id)).toMatchObject({
      state: 'succeeded',
      result: { copied: 1, keptNewer: 0 },
    });
    expect(await serverText(bucket, 'site/page.html')).toBe('old local page');
  });

  it('a download keeps a local file newer than the object; with replaceNewer it replaces it', async () => {
    const bucket = await newBucket('sync-newer-down');
    const root = await tempDir('sync-newer-down');
    await put(bucket, 'site/notes.md', 'the bucket copy');
    await put(bucket, 'site/other.md', 'only there');
    // Edited here a day after the object was written: newer here.
    await write(root, 'notes.md', 'edited locally, not yet uploaded', 1);
    const { scheduler: tasks, ended } = await scheduler();

    const kept = await tasks.start(syncSpec(bucket, { direction: 'download' }), root);
    expect(await ended(kept.id)).toMatchObject({
      state: 'succeeded',
      result: { copied: 1, keptNewer: 1, counts: { newerHere: 1 } },
    });
    expect(await readFile(join(root, 'notes.md'), 'utf8')).toBe('edited locally, not yet uploaded');
    expect(await readFile(join(root, 'other.md'), 'utf8')).toBe('only there');

    const replaced = await tasks.start(
      syncSpec(bucket, { direction: 'mirror-down', replaceNewer: true }),
      root,
    );
    expect(await ended(replaced.id)).toMatchObject({
      state: 'succeeded',
      result: { copied: 1, keptNewer: 0 },
    });
    expect(await readFile(join(root, 'notes.md'), 'utf8')).toBe('the bucket copy');
  });
});
