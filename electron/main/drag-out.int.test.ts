import { randomBytes } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, relative } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TaskRecord } from '../../shared/domain/task.js';
import { adminClient, createTestBucket } from '../../e2e/fixtures/s3.js';
import type { TestBucket } from '../../e2e/fixtures/s3.js';
import { createCore } from '../core/create-core.js';
import type { Core } from '../core/create-core.js';
import { createKeyFileCipher } from '../core/secrets/key-file-cipher.js';
import { testProfileDraft } from '../core/test-support.js';
import { tempDir } from '../core/transfers/test-files.js';
import { downloadForDrag, dragOutRoot, removeDraggedCopies } from './drag-out.js';

// Drag out: main downloads the objects as one download task into a private folder first.

const admin = adminClient();
let bucket: TestBucket;
let core: Core;
let dataDir: string;
let profileId: string;
const snapshots: TaskRecord[] = [];

const deps = () => ({ transfers: core.transfers, appDataDir: dataDir });

beforeAll(async () => {
  bucket = await createTestBucket(admin, 'drag-out');
  dataDir = await tempDir('drag-out-data');
  core = createCore({
    appDataDir: dataDir,
    cipher: await createKeyFileCipher(dataDir),
    host: { kind: 'electron', version: 'test' },
    emit: (event, payload) => {
      if (event === 'tasks.snapshot') snapshots.push(payload as TaskRecord);
    },
  });
  profileId = (
    await core
      .dispatch('profiles.save', testProfileDraft(), {
        signal: new AbortController().signal,
      })
      .then((r) => (r.ok ? (r.value as { id: string }) : Promise.reject(new Error('no profile'))))
  ).id;
});
afterAll(async () => {
  core.close();
  await bucket.remove();
  admin.destroy();
});

describe('downloadForDrag', () => {
  it('downloads the files into one new private folder, as one task, with their exact bytes', async () => {
    const one = randomBytes(200_000);
    const two = randomBytes(10);
    for (const [Key, Body] of [
      ['deep/folder/one.bin', one],
      ['deep/folder/two.txt', two],
    ] as const)
      await admin.send(new PutObjectCommand({ Bucket: bucket.name, Key, Body }));
    const files = await downloadForDrag(deps(), {
      profileId,
      bucket: bucket.name,
      keys: ['deep/folder/one.bin', 'deep/folder/two.txt'],
    });
    expect(files.map((f) => relative(dragOutRoot(dataDir), f).split('/').slice(1))).toEqual([
      ['one.bin'],
      ['two.txt'],
    ]);
    expect(new Set(files.map((f) => dirname(f))).size).toBe(1);
    expect((await readFile(files[0] ?? '')).equals(one)).toBe(true);
    expect((await readFile(files[1] ?? '')).equals(two)).toBe(true);
    // Shown as one download in the activity panel, and verified as every download is.
    const done = snapshots.filter((s) => s.spec.kind === 'download' && s.state === 'succeeded');
    expect(done).toHaveLength(1);
    expect(done[0]).toMatchObject({ itemsDone: 2, bytesDone: 200_010 });
    const checked = Object.values(done[0]?.transfer?.checks ?? {}).reduce((a, b) => a + b, 0);
    expect(checked).toBe(2);

    removeDraggedCopies(dataDir);
    expect(await readdir(dataDir)).not.toContain('drag-out');
  });

  it('refuses folders, paths and made-up references before downloading anything', async () => {
    for (const request of [
      { profileId, bucket: bucket.name, keys: ['deep/folder/'] },
      { profileId, bucket: bucket.name, keys: [] },
      { profileId, bucket: '../etc', keys: ['a'] },
      { profileId: '/home/me', bucket: bucket.name, keys: ['a'] },
      { profileId, bucket: bucket.name, keys: ['a'], destinationDir: '/tmp' },
      { profileId, bucket: bucket.name, keys: Array.from({ length: 101 }, (_, i) => `k${i}`) },
      'deep/folder/one.bin',
      null,
    ])
      await expect(downloadForDrag(deps(), request)).rejects.toMatchObject({
        code: 'InvalidInput',
      });
    expect(await readdir(dataDir)).not.toContain('drag-out');
  });

  it('gives the drag up when a download fails, and leaves no folder behind', async () => {
    await expect(
      downloadForDrag(deps(), { profileId, bucket: bucket.name, keys: ['not-there.bin'] }),
    ).rejects.toMatchObject({ code: 'LocalFileError' });
    expect(await readdir(dragOutRoot(dataDir))).toEqual([]);
  });
});
