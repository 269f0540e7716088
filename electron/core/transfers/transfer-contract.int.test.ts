import { readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
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

const admin = adminClient();
let bucket: TestBucket;
let core: Core;
let dataDir: string;
const watch = new TaskWatch();
const { call, refusal } = contractCalls(() => core);

beforeAll(async () => {
  bucket = await createTestBucket(admin, 'contract');
  dataDir = await tempDir('core');
  core = createCore({
    appDataDir: dataDir,
    cipher: await createKeyFileCipher(dataDir),
    host: { kind: 'web', version: 'test' },
    emit: watch.emit,
  });
});
afterAll(async () => {
  core.close();
  await bucket.remove();
  admin.destroy();
});

describe('uploads and downloads through the contract (createCore + dispatcher)', () => {
  it('uploads and downloads a file as tasks, with the journal in the data folder', async () => {
    const profile = await call('profiles.save', testProfileDraft());
    const source = join(await tempDir('contract-in'), 'hello.txt');
    await writeFile(source, 'hello through the contract');

    // The host grants what the user dropped or picked; the contract only sees the grant.
    const up = await call('tasks.start', {
      kind: 'upload',
      profileId: profile.id,
      bucket: bucket.name,
      keyPrefix: 'x/',
      grants: [await core.grants.issueRead(HOST_SCOPE, source)],
    });
    expect(up).toMatchObject({
      spec: { kind: 'upload', keyPrefix: 'x/', conflict: 'overwrite' },
      question: null,
      transfer: { name: 'hello.txt', itemCount: 1, localPath: source },
    });
    expect((await watch.ended(up.id)).state).toBe('succeeded');
    expect(watch.statesOf(up.id)).toEqual(['queued', 'running', 'succeeded']);
    expect(await readFile(join(dataDir, 'transfers.jsonl'), 'utf8')).toContain('x/hello.txt');

    const out = await tempDir('contract-out');
    const down = await call('tasks.start', {
      kind: 'download',
      profileId: profile.id,
      bucket: bucket.name,
      keys: ['x/hello.txt', 'x/..'],
      destination: await core.grants.issueWrite(HOST_SCOPE, out),
    });
    // A single key lands under its own name; a name that climbs is refused, never written.
    expect(down.problems).toEqual([
      { item: 'x/..', code: 'Refused', message: expect.stringMatching(/climbs/) as unknown },
    ]);
    expect(down.transfer).toMatchObject({ name: null, itemCount: 2, localPath: out });
    expect((await watch.ended(down.id)).state).toBe('succeeded');
    expect(await readFile(join(out, 'hello.txt'), 'utf8')).toBe('hello through the contract');

    expect(await call('tasks.clearFinished', {})).toEqual({ cleared: 2 });
    expect(await call('tasks.list', {})).toEqual([]);
    expect(await call('transfers.settings.set', { concurrency: 5 })).toMatchObject({
      concurrency: 5,
      partConcurrency: 4,
      bandwidthLimitBytesPerSec: null,
    });
    expect(await call('transfers.orphans.list', {})).toEqual([]);
  });

  it('refuses the data folder through a grant: its files, and a symlink leading there', async () => {
    const outside = await tempDir('contract-links');
    const link = join(outside, 'innocent');
    await symlink(dataDir, link);
    for (const path of [join(dataDir, 'secret.key'), dataDir, link])
      await expect(core.grants.issueRead(HOST_SCOPE, path)).rejects.toMatchObject({
        code: 'GrantRefused',
        message: expect.stringContaining("Holdall's own data folder") as unknown,
      });
    await expect(core.grants.issueWrite(HOST_SCOPE, link)).rejects.toMatchObject({
      code: 'GrantRefused',
    });
  });

  it('refuses a made-up grant id and a grant used the wrong way, writing nothing', async () => {
    const folder = await tempDir('contract-wrong-use');
    const write = await core.grants.issueWrite(HOST_SCOPE, folder);
    const ref = { profileId: 'abcdef', bucket: bucket.name };
    const upload = (grants: string[]) => ({ kind: 'upload', ...ref, keyPrefix: '', grants });
    expect(await refusal('tasks.start', upload(['Z'.repeat(32)]))).toMatchObject({
      code: 'GrantRefused',
    });
    expect(await refusal('tasks.start', upload([write]))).toMatchObject({
      code: 'GrantRefused',
      details: { reason: 'wrongUse' },
    });
    // Another window's grant is unknown in this one.
    const download = { kind: 'download', ...ref, keys: ['x/hello.txt'], destination: write };
    expect(await refusal('tasks.start', download, 'window-2')).toMatchObject({
      code: 'GrantRefused',
      details: { reason: 'unknown' },
    });
    expect(await call('tasks.list', {})).toEqual([]);
  });

  it('leaves folder picking to the host’s own dialog unless the host offers the picker', async () => {
    expect(await refusal('folders.list', {})).toMatchObject({
      code: 'GrantRefused',
      details: { reason: 'noPicker' },
    });
  });

  it('answers errors as values: unknown task, nothing asked, bad input', async () => {
    const id = 'no-such-task-123';
    expect(await refusal('tasks.control', { id, action: 'pause' })).toMatchObject({
      code: 'TaskNotFound',
    });
    expect(await refusal('tasks.answer', { id, choice: 'skip' })).toMatchObject({
      code: 'TaskNotFound',
    });
    expect(await refusal('transfers.openFile', { id })).toMatchObject({ code: 'TaskNotFound' });
    expect(
      await refusal('tasks.start', {
        kind: 'upload',
        profileId: 'abcdef',
        bucket: 'b-b-b',
        keyPrefix: '',
        grants: ['/etc/passwd'],
      }),
    ).toMatchObject({ code: 'InvalidInput' });
  });
});
