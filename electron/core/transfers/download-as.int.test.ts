import { randomBytes } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelName, ChannelOutput } from '../../../shared/contract/channels.js';
import type { AppErrorShape } from '../../../shared/contract/envelope.js';
import type { TransferJob } from '../../../shared/domain/transfer-job.js';
import { adminClient, createTestBucket } from '../../../e2e/fixtures/s3.js';
import type { TestBucket } from '../../../e2e/fixtures/s3.js';
import { createCore } from '../create-core.js';
import type { Core } from '../create-core.js';
import { HOST_SCOPE } from '../grants/grant-registry.js';
import { createKeyFileCipher } from '../secrets/key-file-cipher.js';
import { testProfileDraft } from '../test-support.js';
import { tempDir } from './test-files.js';

// "Download as…": a write grant for exactly one file (Electron's save dialog), through the contract.

const admin = adminClient();
let bucket: TestBucket;
let core: Core;
let profileId: string;
const waiting = new Map<string, (job: TransferJob) => void>();
const endedJobs = new Map<string, TransferJob>();

async function call<C extends ChannelName>(channel: C, input: unknown): Promise<ChannelOutput<C>> {
  const result = await core.dispatch(channel, input, { signal: new AbortController().signal });
  if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
  return result.value as ChannelOutput<C>;
}

async function refusal(channel: ChannelName, input: unknown): Promise<AppErrorShape> {
  const result = await core.dispatch(channel, input, { signal: new AbortController().signal });
  if (result.ok) throw new Error(`${channel} was expected to refuse`);
  return result.error;
}

function whenEnded(job: TransferJob | undefined): Promise<TransferJob> {
  if (job === undefined) throw new Error('no job');
  const done = endedJobs.get(job.id);
  if (done !== undefined) return Promise.resolve(done);
  return new Promise((resolve) => waiting.set(job.id, resolve));
}

beforeAll(async () => {
  bucket = await createTestBucket(admin, 'download-as');
  const dataDir = await tempDir('download-as-data');
  core = createCore({
    appDataDir: dataDir,
    cipher: await createKeyFileCipher(dataDir),
    host: { kind: 'electron', version: 'test' },
    emit: (event, payload) => {
      const job = payload as TransferJob;
      if (event !== 'transfers.state' || !['succeeded', 'failed', 'canceled'].includes(job.state))
        return;
      endedJobs.set(job.id, job);
      waiting.get(job.id)?.(job);
    },
  });
  profileId = (await call('profiles.save', testProfileDraft())).id;
});
afterAll(async () => {
  core.close();
  await bucket.remove();
  admin.destroy();
});

describe('transfers.enqueueDownload with a write-file grant ("Download as…")', () => {
  it('writes the one object to exactly the file named, replacing it whole, and nothing else', async () => {
    const bytes = randomBytes(300_000);
    await admin.send(
      new PutObjectCommand({ Bucket: bucket.name, Key: 'reports/2024/q1.bin', Body: bytes }),
    );
    const out = await tempDir('download-as-out');
    const target = join(out, 'my name for it.bin');
    await writeFile(target, 'the older file the save dialog asked to replace');
    const { jobs, refused } = await call('transfers.enqueueDownload', {
      profileId,
      bucket: bucket.name,
      keys: ['reports/2024/q1.bin'],
      destination: await core.grants.issueWriteFile(HOST_SCOPE, target),
      conflict: 'overwrite',
    });
    expect(refused).toEqual([]);
    expect(jobs[0]?.localPath).toBe(target);
    const job = await whenEnded(jobs[0]);
    expect(job).toMatchObject({ state: 'succeeded', skippedCount: 0 });
    expect(job.checks).not.toEqual({});
    expect((await readFile(target)).equals(bytes)).toBe(true);
    // The key's own name and folders are not made, and no temporary file stays beside it.
    expect(await readdir(out)).toEqual(['my name for it.bin']);
  });

  it('leaves nothing under the chosen name when the download fails', async () => {
    const out = await tempDir('download-as-missing');
    const target = join(out, 'never.bin');
    const { jobs } = await call('transfers.enqueueDownload', {
      profileId,
      bucket: bucket.name,
      keys: ['no-such-object.bin'],
      destination: await core.grants.issueWriteFile(HOST_SCOPE, target),
      conflict: 'overwrite',
    });
    expect((await whenEnded(jobs[0])).state).toBe('failed');
    expect(await readdir(out)).toEqual([]);
  });

  it('refuses several objects, a folder or a prefix for one file, and a file grant for uploads', async () => {
    const out = await tempDir('download-as-refused');
    const grant = await core.grants.issueWriteFile(HOST_SCOPE, join(out, 'one.bin'));
    const base = { profileId, bucket: bucket.name, destination: grant, conflict: 'overwrite' };
    for (const input of [
      { ...base, keys: ['a.bin', 'b.bin'] },
      { ...base, keys: ['photos/'] },
      { ...base, prefix: 'photos/' },
      { ...base, keys: ['a.bin'], prefix: 'photos/' },
    ])
      expect(await refusal('transfers.enqueueDownload', input)).toMatchObject({
        code: 'InvalidInput',
        message: expect.stringMatching(/exactly one object/) as unknown,
      });
    expect(
      await refusal('transfers.enqueueUpload', {
        profileId,
        bucket: bucket.name,
        keyPrefix: '',
        grants: [grant],
      }),
    ).toMatchObject({ code: 'GrantRefused', details: { reason: 'wrongUse' } });
    expect(await readdir(out)).toEqual([]);
  });
});
