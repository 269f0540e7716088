import { randomBytes } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminClient, createTestBucket } from '../../../e2e/fixtures/s3.js';
import type { TestBucket } from '../../../e2e/fixtures/s3.js';
import { createCore } from '../create-core.js';
import type { Core } from '../create-core.js';
import { HOST_SCOPE } from '../grants/grant-registry.js';
import { createKeyFileCipher } from '../secrets/key-file-cipher.js';
import { testProfileDraft } from '../test-support.js';
import { contractCalls, TaskWatch } from './test-support/core-tasks.js';
import { tempDir } from './test-files.js';

// "Download as…": a write grant for exactly one file (Electron's save dialog), through the contract.

const admin = adminClient();
let bucket: TestBucket;
let core: Core;
let profileId: string;
const watch = new TaskWatch();
const { call, refusal } = contractCalls(() => core);

beforeAll(async () => {
  bucket = await createTestBucket(admin, 'download-as');
  const dataDir = await tempDir('download-as-data');
  core = createCore({
    appDataDir: dataDir,
    cipher: await createKeyFileCipher(dataDir),
    host: { kind: 'electron', version: 'test' },
    emit: watch.emit,
  });
  profileId = (await call('profiles.save', testProfileDraft())).id;
});
afterAll(async () => {
  core.close();
  await bucket.remove();
  admin.destroy();
});

describe('a download task with a write-file grant ("Download as…")', () => {
  it('writes the one object to exactly the file named, replacing it whole, and nothing else', async () => {
    const bytes = randomBytes(300_000);
    await admin.send(
      new PutObjectCommand({ Bucket: bucket.name, Key: 'reports/2024/q1.bin', Body: bytes }),
    );
    const out = await tempDir('download-as-out');
    const target = join(out, 'my name for it.bin');
    await writeFile(target, 'the older file the save dialog asked to replace');
    const started = await call('tasks.start', {
      kind: 'download',
      profileId,
      bucket: bucket.name,
      keys: ['reports/2024/q1.bin'],
      destination: await core.grants.issueWriteFile(HOST_SCOPE, target),
      conflict: 'overwrite',
    });
    expect(started.problems).toEqual([]);
    expect(started.transfer).toMatchObject({ name: 'q1.bin', localPath: target, itemCount: 1 });
    const task = await watch.ended(started.id);
    expect(task).toMatchObject({ state: 'succeeded', transfer: { skipped: 0, openable: true } });
    expect(task.transfer?.checks).not.toEqual({});
    expect((await readFile(target)).equals(bytes)).toBe(true);
    // The key's own name and folders are not made, and no temporary file stays beside it.
    expect(await readdir(out)).toEqual(['my name for it.bin']);
  });

  it('leaves nothing under the chosen name when the download fails', async () => {
    const out = await tempDir('download-as-missing');
    const target = join(out, 'never.bin');
    const { id } = await call('tasks.start', {
      kind: 'download',
      profileId,
      bucket: bucket.name,
      keys: ['no-such-object.bin'],
      destination: await core.grants.issueWriteFile(HOST_SCOPE, target),
      conflict: 'overwrite',
    });
    const failed = await watch.ended(id);
    expect(failed).toMatchObject({ state: 'failed', error: { code: 'NoSuchKey' } });
    expect(failed.problems).toEqual([
      expect.objectContaining({ item: 'no-such-object.bin', code: 'NoSuchKey' }),
    ]);
    expect(await readdir(out)).toEqual([]);
  });

  it('refuses several objects, a folder or a prefix for one file, and a file grant for uploads', async () => {
    const out = await tempDir('download-as-refused');
    const grant = await core.grants.issueWriteFile(HOST_SCOPE, join(out, 'one.bin'));
    const base = {
      kind: 'download',
      profileId,
      bucket: bucket.name,
      destination: grant,
      conflict: 'overwrite',
    };
    for (const input of [
      { ...base, keys: ['a.bin', 'b.bin'] },
      { ...base, keys: ['photos/'] },
      { ...base, prefix: 'photos/' },
      { ...base, keys: ['a.bin'], prefix: 'photos/' },
    ])
      expect(await refusal('tasks.start', input)).toMatchObject({
        code: 'InvalidInput',
        message: expect.stringMatching(/exactly one object/) as unknown,
      });
    expect(
      await refusal('tasks.start', {
        kind: 'upload',
        profileId,
        bucket: bucket.name,
        keyPrefix: '',
        grants: [grant],
      }),
    ).toMatchObject({ code: 'GrantRefused', details: { reason: 'wrongUse' } });
    expect(await readdir(out)).toEqual([]);
  });
});
