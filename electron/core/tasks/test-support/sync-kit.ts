import { mkdir, utimes, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import type { S3Client } from '@aws-sdk/client-s3';
import type { CompareSpec, SyncSpec } from '../../../../shared/domain/sync.js';
import { createS3Client } from '../../s3/client-factory.js';
import { testSettings } from '../../test-support.js';
import { tempDir } from '../../transfers/test-files.js';
import { rgwTestBuckets } from './rgw-buckets.js';
import { rgwScheduler } from './rgw-tasks.js';

// What the compare and sync integration tests share: buckets and clients closed after each test,
// files with a chosen age, and a sync spec to vary.

export const profileId = 'test-profile';
/** Any grant id: the scheduler takes the folder itself, as the tasks.start handler resolves it. */
export const folder = 'g'.repeat(32);

/** A file; `shiftDays` moves its modified time (negative: older, positive: edited later). */
export async function write(root: string, path: string, body: string | Buffer, shiftDays = 0) {
  const file = join(root, path);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, body);
  if (shiftDays !== 0) {
    const time = new Date(Date.now() + shiftDays * 86_400_000);
    await utimes(file, time, time);
  }
}

export function compareSpec(bucket: string, overrides: Partial<CompareSpec> = {}): CompareSpec {
  return {
    kind: 'compare',
    profileId,
    bucket,
    prefix: 'site/',
    folder,
    include: [],
    exclude: [],
    ...overrides,
  };
}

export function syncSpec(bucket: string, overrides: Partial<SyncSpec>): SyncSpec {
  return {
    ...compareSpec(bucket),
    kind: 'sync',
    direction: 'upload',
    dryRun: false,
    deletions: [],
    replaceNewer: false,
    ...overrides,
  };
}

/** Registers the clean-up hooks of the calling test file and hands out what they clean up. */
export function syncTestKit() {
  const { admin, closing, newBucket, putMany } = rgwTestBuckets();

  async function put(bucket: string, key: string, body: string | Buffer): Promise<void> {
    await admin.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body }));
  }

  function holdallClient(): S3Client {
    const client = createS3Client(testSettings());
    closing.push(() => Promise.resolve(client.destroy()));
    return client;
  }

  async function scheduler(client: S3Client = holdallClient()) {
    const made = rgwScheduler(client, await tempDir('sync-journal'));
    closing.push(() => made.scheduler.close());
    return made;
  }

  return { admin, closing, newBucket, put, putMany, holdallClient, scheduler };
}
